#!/usr/bin/env bash
# startup.sh measures how long `artext version` takes, start to exit: the
# command's start-up time. It builds artext, runs it RUNS times and prints
# the median and the 90th percentile in milliseconds.
#
# Usage: scripts/startup.sh
#   RUNS  environment: how many runs (default 200)
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
runs=${RUNS:-200}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$repo" && go build -o "$work/artext" ./cmd/artext)

for _ in $(seq "$runs"); do
	start=$(date +%s%N)
	"$work/artext" version >/dev/null
	end=$(date +%s%N)
	echo $(((end - start) / 1000))
done | sort -n >"$work/times"
awk '{ t[NR] = $1 } END {
	printf "artext version, %d runs: median %.1f ms, 90th percentile %.1f ms\n", NR, t[int((NR + 1) / 2)] / 1000, t[int(NR * 0.9)] / 1000
}' "$work/times"
