#!/usr/bin/env bash
# text-readability.sh measures the text path on pages it was not tuned on:
# the 134 pages of the Readability.js test suite, rendered to text as the
# trafilatura text set was (w3m -dump -cols 1000), scored against the text
# of each expected.html on word 4-gram shingles. It prints the scores with
# the default rules and without them.
#
# Usage: scripts/text-readability.sh [READABILITY_DIR]
#   READABILITY_DIR  default: ../shared/eval/readability beside the repository
#   WORK             environment: folder for the text copies (default: a new
#                    one in /tmp, deleted afterwards)
#
# Needs w3m (Debian package "w3m"); the tests do not.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
pages=${1:-$repo/../shared/eval/readability}
if ! command -v w3m >/dev/null; then
	echo "text-readability.sh: w3m is needed (apt-get install w3m)" >&2
	exit 2
fi
if [ ! -d "$pages" ]; then
	echo "text-readability.sh: no pages at $pages" >&2
	exit 2
fi
work=${WORK:-$(mktemp -d)}
[ -n "${WORK:-}" ] || trap 'rm -rf "$work"' EXIT

# Each page folder gets its text copy under the name eval reads,
# source.html: artext decides HTML or text from the content, not the name.
for dir in "$pages"/*/; do
	name=$(basename "$dir")
	[ -f "$dir/source.html" ] || continue
	mkdir -p "$work/$name"
	w3m -dump -cols 1000 -T text/html -I UTF-8 -O UTF-8 "$dir/source.html" >"$work/$name/source.html" 2>/dev/null
	cp "$dir/expected.html" "$work/$name/"
done
(cd "$repo" && go build -o "$work/artext" ./cmd/artext)
echo "== text path, default rules"
"$work/artext" eval -j "$(nproc)" "$work" | sed -n 1,5p
echo "== text path, --no-default-rules"
"$work/artext" eval -j "$(nproc)" --no-default-rules "$work" | sed -n 1,5p
