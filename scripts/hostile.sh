#!/usr/bin/env bash
# hostile.sh builds artext and runs the hostile-input battery through it:
# files that are empty, binary, huge, deeply nested or malformed, and HTTP
# servers on loopback that misbehave (see internal/hostile). It prints a
# Markdown table (case, input, exit code, outcome, seconds, CPU seconds,
# peak MB) and exits 1 when a case breaks the limits: an exit code other
# than 0, 1 or 3, more than 10 s, more than 500 MB, or a panic.
#
# Usage: scripts/hostile.sh [ARTEXT_ARGS...]
#   ARTEXT_ARGS   passed to artext before each input (default: none)
#   HOSTILE_ONLY  environment: run only the cases whose name holds this text
#
# Needs Linux for the peak memory (getrusage). It takes about a minute: the
# big inputs are generated, tens of megabytes each, and one server sends a
# byte a second.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$repo"
go build -o "$work/artext" ./cmd/artext
go build -o "$work/hostile" ./scripts/hostile
"$work/hostile" "$work/artext" "$@"
