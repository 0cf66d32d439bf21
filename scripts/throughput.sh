#!/usr/bin/env bash
# throughput.sh measures how batch extraction scales with -j and how much
# memory a long run takes:
#
#   1. pages per second over the evaluation pages with -j 1 and with -j 2
#      (best of ROUNDS runs each, so that a busy moment on a shared machine
#      counts less), and their ratio;
#   2. what the machine allows at that moment: the same ratio for a purely
#      CPU-bound process (an awk loop), one against two at once;
#   3. the peak resident memory of one run over a list of LIST_SIZE inputs
#      (the evaluation pages repeated), given with --files-from.
#
# Usage: scripts/throughput.sh [PAGES_DIR]
#   PAGES_DIR  default: ../shared/eval/trafilatura/html beside the repository
#   ROUNDS     environment: runs per -j setting (default 3)
#   LIST_SIZE  environment: inputs of the memory run (default 10000)
#   PRIORITY   environment: 1 runs the measurement in a session of its own
#              whose scheduling group has nice -20 (needs root), so that
#              other programs on a shared machine take less from it: Linux
#              shares the CPU between sessions first (autogroup), so plain
#              nice does not help
#
# Needs GNU time (/usr/bin/time, Debian package "time") for the peak memory.
# It prints the figures and exits 1 when -j 2 is below 1.8x -j 1 or the
# peak memory is 200 MB or more. Wall-clock figures mean little while other
# programs use the cores: the load average is printed for that reason.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
pages=${1:-$repo/../shared/eval/trafilatura/html}
rounds=${ROUNDS:-3}
list_size=${LIST_SIZE:-10000}
. "$repo/scripts/measure.sh"
measure_setup throughput.sh "$pages" "$@"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$repo" && go build -o "$work/artext" ./cmd/artext)
count=$(find "$pages" -type f \( -name '*.html' -o -name '*.htm' \) | wc -l)
echo "pages: $count in $pages"
measure_machine

# seconds JOBS: the best wall-clock time, in seconds, of extracting the
# pages, and the CPU seconds (user + system) of that run.
seconds() {
	local best="" cpu=""
	for _ in $(seq "$rounds"); do
		/usr/bin/time -f '%e %U %S' -o "$work/time" "$work/artext" -q -f jsonl -j "$1" "$pages" >/dev/null 2>"$work/err" || true
		local s u k
		read -r s u k < <(tail -n1 "$work/time")
		if [ -z "$best" ] || awk "BEGIN{exit !($s < $best)}"; then
			best=$s
			cpu=$(awk "BEGIN{print $u + $k}")
		fi
	done
	echo "$best $cpu"
}

read -r s1 c1 < <(seconds 1)
read -r s2 c2 < <(seconds 2)
awk -v n="$count" -v s1="$s1" -v s2="$s2" -v c1="$c1" -v c2="$c2" 'BEGIN {
	printf "-j 1: %.2f s, %.1f pages/s (CPU %.2f s)\n", s1, n / s1, c1
	printf "-j 2: %.2f s, %.1f pages/s (CPU %.2f s)\n", s2, n / s2, c2
	printf "speed-up: %.2fx (want >= 1.8)\n", s1 / s2
}'

# The machine's ceiling: two CPU-bound processes at once against one.
spin() { awk 'BEGIN { for (i = 0; i < 3e7; i++) s += i }'; }
t0=$(date +%s.%N); spin; t1=$(date +%s.%N)
spin & spin & wait
t2=$(date +%s.%N)
awk -v a="$t0" -v b="$t1" -v c="$t2" 'BEGIN {
	printf "machine: 2 CPU-bound processes at once do %.2fx the work of 1\n", 2 * (b - a) / (c - b)
}'

# The memory run: the pages repeated to list_size inputs.
find "$pages" -type f \( -name '*.html' -o -name '*.htm' \) | sort >"$work/pages.txt"
: >"$work/list.txt"
while [ "$(wc -l <"$work/list.txt")" -lt "$list_size" ]; do
	cat "$work/pages.txt" >>"$work/list.txt"
done
head -n "$list_size" "$work/list.txt" >"$work/list-n.txt"
/usr/bin/time -f '%e %M' -o "$work/time" "$work/artext" -q -f jsonl -j 2 --files-from "$work/list-n.txt" >/dev/null 2>"$work/err" || true
read -r secs kib < <(tail -n1 "$work/time")
lines=$(grep -c . "$work/err" || true)
awk -v n="$list_size" -v s="$secs" -v k="$kib" -v e="$lines" 'BEGIN {
	printf "%d inputs, -j 2: %.1f s, %.1f pages/s, peak RSS %.1f MB (want < 200), %d lines on stderr\n", n, s, n / s, k / 1024, e
}'
measure_load_after

awk -v s1="$s1" -v s2="$s2" -v k="$kib" 'BEGIN { exit !(s1 / s2 >= 1.8 && k / 1024 < 200) }'
