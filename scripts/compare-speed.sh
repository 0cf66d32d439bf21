#!/usr/bin/env bash
# compare-speed.sh times whole processes of artext, of readeck
# go-readability alone and of go-trafilatura over the same pages in the same
# run, and prints each one's time per page and artext's ratio to the other
# two.
#
# The two others are built, in a throwaway module outside the repository,
# as the smallest command that uses each library as its documentation
# shows: go-readability's FromReader, then its text; go-trafilatura's
# Extract with its default options, then its text. Each reads the pages
# named on its standard input, one after another, and prints the title and
# the text of each as a line of JSON, as artext -f jsonl -j 1 does. Their
# modules come from the Go module proxy; nothing of them is committed.
# MODE=page runs one process per page instead, which adds each program's
# start-up to every page.
#
# Rounds alternate the three commands (artext, readability, trafilatura,
# then again), so that a shared machine's busy moments fall on all three
# alike; the figure of each command is its median over ROUNDS.
#
# Usage: scripts/compare-speed.sh [PAGES_DIR]
#   PAGES_DIR  default: ../shared/eval/trafilatura/html beside the repository
#              (news and blog pages)
#   ROUNDS     environment: rounds (default 5)
#   LIMIT      environment: take only the first LIMIT pages (default all)
#   MODE       environment: batch (default: one process reads every page)
#              or page (one process per page)
#   PRIORITY   environment: 1 runs in a scheduling group of its own, as
#              scripts/throughput.sh explains
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
pages=${1:-$repo/../shared/eval/trafilatura/html}
rounds=${ROUNDS:-5}
. "$repo/scripts/measure.sh"
measure_setup compare-speed.sh "$pages" "$@"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$repo" && go build -o "$work/artext" ./cmd/artext)

mkdir -p "$work/others/readability" "$work/others/trafilatura"
cat >"$work/others/go.mod" <<'EOF'
module speedcompare

go 1.26.0
EOF
cat >"$work/others/readability/main.go" <<'EOF'
// Command readability prints the title and text of the page named by its
// argument, as go-readability finds them.
package main

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
)

func main() {
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	paths := os.Args[1:]
	if len(paths) == 0 {
		for in := bufio.NewScanner(os.Stdin); in.Scan(); {
			paths = append(paths, in.Text())
		}
	}
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			continue
		}
		a, err := readability.FromReader(f, nil)
		f.Close()
		if err != nil {
			continue
		}
		var text strings.Builder
		if err := a.RenderText(&text); err != nil {
			continue
		}
		enc.Encode(map[string]string{"title": a.Title(), "text": text.String()})
	}
}
EOF
cat >"$work/others/trafilatura/main.go" <<'EOF'
// Command trafilatura prints the title and text of the page named by its
// argument, as go-trafilatura extracts them with its default options.
package main

import (
	"bufio"
	"encoding/json"
	"os"

	"github.com/markusmobius/go-trafilatura"
)

func main() {
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	paths := os.Args[1:]
	if len(paths) == 0 {
		for in := bufio.NewScanner(os.Stdin); in.Scan(); {
			paths = append(paths, in.Text())
		}
	}
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			continue
		}
		r, err := trafilatura.Extract(f, trafilatura.Options{})
		f.Close()
		if err != nil {
			continue
		}
		enc.Encode(map[string]string{"title": r.Metadata.Title, "text": r.ContentText})
	}
}
EOF
(
	cd "$work/others"
	GOFLAGS=-mod=mod go get codeberg.org/readeck/go-readability/v2@v2.1.3 github.com/markusmobius/go-trafilatura@v1.12.2 >/dev/null 2>&1
	GOFLAGS=-mod=mod go build -o "$work/readability" ./readability
	GOFLAGS=-mod=mod go build -o "$work/trafilatura" ./trafilatura
)

find "$pages" -type f \( -name '*.html' -o -name '*.htm' \) | sort >"$work/pages.txt"
if [ -n "${LIMIT:-}" ]; then
	head -n "$LIMIT" "$work/pages.txt" >"$work/p" && mv "$work/p" "$work/pages.txt"
fi
count=$(wc -l <"$work/pages.txt")
echo "pages: $count in $pages, mode ${MODE:-batch}, $rounds rounds"
measure_machine

# run CMD: the seconds that CMD takes over every page: one process reading
# the list on its standard input, or with MODE=page one process per page.
run() {
	local start end
	start=$(date +%s.%N)
	if [ "${MODE:-batch}" = page ]; then
		while IFS= read -r p; do
			"$@" "$p" >/dev/null 2>&1 || true
		done <"$work/pages.txt"
	else
		"$@" <"$work/pages.txt" >/dev/null 2>&1 || true
	fi
	end=$(date +%s.%N)
	awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f\n", b - a }'
}

if [ "${MODE:-batch}" = page ]; then
	artext=("$work/artext" -q)
else
	artext=("$work/artext" -q -f jsonl -j 1 --files-from -)
fi
: >"$work/times"
for r in $(seq "$rounds"); do
	a=$(run "${artext[@]}")
	b=$(run "$work/readability")
	c=$(run "$work/trafilatura")
	echo "$a $b $c" >>"$work/times"
	awk -v r="$r" -v n="$count" -v a="$a" -v b="$b" -v c="$c" 'BEGIN {
		printf "round %d: artext %.2f ms/page, readability %.2f, trafilatura %.2f\n", r, 1000*a/n, 1000*b/n, 1000*c/n
	}'
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ma=$(cut -d' ' -f1 "$work/times" | median)
mb=$(cut -d' ' -f2 "$work/times" | median)
mc=$(cut -d' ' -f3 "$work/times" | median)
ra=$(awk '{ print $1 / $2 }' "$work/times" | median)
rt=$(awk '{ print $1 / $3 }' "$work/times" | median)
awk -v n="$count" -v a="$ma" -v b="$mb" -v c="$mc" -v ra="$ra" -v rt="$rt" 'BEGIN {
	printf "median per page: artext %.2f ms, readability %.2f ms, trafilatura %.2f ms\n", 1000*a/n, 1000*b/n, 1000*c/n
	printf "artext / readability alone: %.3f (median of the rounds'"'"' ratios)\n", ra
	printf "artext / go-trafilatura:    %.3f\n", rt
}'
measure_load_after
