#!/usr/bin/env bash
# warc-throughput.sh measures reading WARC archives against reading files:
#
#   1. pages per second over the evaluation pages as files (a folder), as a
#      .warc.gz of the same pages (a request, a response and a metadata
#      record each, with digests, as a crawler writes them), as the same
#      .warc uncompressed and as the pages gzipped one by one (.html.gz
#      files), with the same -j, ROUNDS times back to back, and the ratios
#      of WARC to files in each round: .warc.gz against the plain files and
#      against the gzipped ones, which separates what reading WARC costs
#      from what inflating gzip costs;
#   2. the peak resident memory, and pages per second, of one run over a
#      WARC_SIZE .warc.gz made by repeating the pages, which is deleted
#      afterwards.
#
# Usage: scripts/warc-throughput.sh [PAGES_DIR]
#   PAGES_DIR  default: ../shared/eval/trafilatura/html beside the repository
#   JOBS       environment: -j of every run (default 2)
#   ROUNDS     environment: pairs of runs (default 5)
#   WARC_SIZE  environment: size of the large archive (default 1GiB; 0 skips it)
#   WORK       environment: folder for the archives (default: a new one in /tmp)
#   PRIORITY   environment: 1 runs in a session of its own whose scheduling
#              group has nice -20 (needs root), as scripts/throughput.sh does
#
# Needs GNU time (/usr/bin/time, Debian package "time"). It exits 1 when the
# median ratio of .warc.gz to files pages/s is below 0.9 or the peak memory
# of the large run is 300 MB or more.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
pages=${1:-$repo/../shared/eval/trafilatura/html}
jobs=${JOBS:-2}
rounds=${ROUNDS:-5}
size=${WARC_SIZE:-1GiB}
. "$repo/scripts/measure.sh"
measure_setup warc-throughput.sh "$pages" "$@"

work=${WORK:-$(mktemp -d)}
trap 'rm -rf "$work"' EXIT
(cd "$repo" && go build -o "$work/artext" ./cmd/artext && go build -o "$work/makewarc" ./internal/warctest/makewarc)
"$work/makewarc" -o "$work/pages.warc.gz" "$pages"
"$work/makewarc" -o "$work/pages.warc" "$pages"
mkdir "$work/gz"
for f in "$pages"/*.htm*; do gzip -c "$f" >"$work/gz/$(basename "$f").gz"; done
count=$(find "$pages" -maxdepth 1 -type f -name '*.htm*' | wc -l)
echo "pages: $count in $pages; -j $jobs"
measure_machine

# run INPUT: wall-clock seconds and CPU seconds of extracting INPUT.
run() {
	/usr/bin/time -f '%e %U %S' -o "$work/time" "$work/artext" -q -f jsonl -j "$jobs" "$1" >/dev/null 2>"$work/err" || true
	local s u k
	read -r s u k < <(tail -n1 "$work/time")
	echo "$s $(awk "BEGIN{print $u + $k}")"
}

: >"$work/ratios"
: >"$work/ratios-plain"
: >"$work/ratios-gz"
for i in $(seq "$rounds"); do
	read -r fs fc < <(run "$pages")
	read -r ws wc < <(run "$work/pages.warc.gz")
	read -r ps pc < <(run "$work/pages.warc")
	read -r gs gc < <(run "$work/gz")
	awk -v n="$count" -v i="$i" -v fs="$fs" -v fc="$fc" -v ws="$ws" -v wc="$wc" -v ps="$ps" -v pc="$pc" -v gs="$gs" -v gc="$gc" 'BEGIN {
		printf "round %d: files %.1f pages/s (CPU %.2f s), .warc.gz %.1f pages/s (CPU %.2f s), .warc %.1f pages/s (CPU %.2f s), .html.gz files %.1f pages/s (CPU %.2f s); .warc.gz/files %.3f, .warc/files %.3f, .warc.gz/.html.gz %.3f\n", i, n / fs, fc, n / ws, wc, n / ps, pc, n / gs, gc, fs / ws, fs / ps, gs / ws
	}'
	awk -v gs="$gs" -v ws="$ws" 'BEGIN { print gs / ws }' >>"$work/ratios-gz"
	awk -v fs="$fs" -v ws="$ws" 'BEGIN { print fs / ws }' >>"$work/ratios"
	awk -v fs="$fs" -v ps="$ps" 'BEGIN { print fs / ps }' >>"$work/ratios-plain"
done
# spread FILE NAME: the median, lowest and highest of the ratios in FILE.
spread() {
	sort -n "$1" | awk -v name="$2" '{ a[NR] = $1 } END {
		m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2
		printf "%s pages/s: median %.3f, from %.3f to %.3f\n", name, m, a[1], a[NR]
	}'
}
spread "$work/ratios" ".warc.gz/files"
spread "$work/ratios-plain" ".warc/files"
spread "$work/ratios-gz" ".warc.gz/.html.gz files"
median=$(sort -n "$work/ratios" | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')

kib=0
if [ "$size" != 0 ]; then
	"$work/makewarc" -o "$work/large.warc.gz" -size "$size" "$pages"
	/usr/bin/time -f '%e %M' -o "$work/time" "$work/artext" -f jsonl -j "$jobs" "$work/large.warc.gz" >/dev/null 2>"$work/err" || true
	read -r secs kib < <(tail -n1 "$work/time")
	inputs=$(grep -o '[0-9]* inputs' "$work/err" | tail -n1 | cut -d' ' -f1)
	echo "summary: $(tail -n1 "$work/err")"
	awk -v n="$inputs" -v s="$secs" -v k="$kib" 'BEGIN {
		printf "large archive, -j '"$jobs"': %d pages in %.1f s, %.1f pages/s, peak RSS %.1f MB (want < 300)\n", n, s, n / s, k / 1024
	}'
	rm -f "$work/large.warc.gz"
fi
measure_load_after

awk -v m="$median" -v k="$kib" 'BEGIN { exit !(m >= 0.9 && k / 1024 < 300) }'
