#!/usr/bin/env bash
# outputs.sh writes the output of one artext binary for every page of
# ../shared/eval, in JSON and in Markdown, one file each, so that two builds
# can be compared byte for byte with diff -r:
#
#   scripts/outputs.sh /tmp/artext-before /tmp/out-before
#   scripts/outputs.sh /tmp/artext-after /tmp/out-after
#   diff -r /tmp/out-before /tmp/out-after
#
# Usage: scripts/outputs.sh BINARY OUTDIR [EVAL_DIR]
#   EVAL_DIR  default: ../shared/eval beside the repository
#   JOBS      environment: processes at once (default 2)
#
# Every page is extracted with its address (--url) where the set gives one:
# cases.json for trafilatura's pages and their text copies, the ground truth
# for WCXB's, and Readability.js's test address for its suite. The exit code
# and standard error of each run are kept beside its output (.err), so that
# a page that stops failing, or starts to, shows in the comparison too.
# Needs jq.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
bin=$(realpath "$1")
out=$2
eval_dir=${3:-$repo/../shared/eval}
jobs=${JOBS:-2}

if [ ! -d "$eval_dir" ]; then
	echo "outputs.sh: no evaluation pages at $eval_dir" >&2
	exit 2
fi
command -v jq >/dev/null || { echo "outputs.sh: jq is needed" >&2; exit 2; }
mkdir -p "$out"
list=$(mktemp)
trap 'rm -f "$list"' EXIT

# The list: one "NAME<TAB>PATH<TAB>URL" line per page.
t=$eval_dir/trafilatura
if [ -f "$t/cases.json" ]; then
	jq -r '.[] | [.file, .url] | @tsv' "$t/cases.json" | while IFS=$'\t' read -r file url; do
		[ -f "$t/html/$file" ] && printf 'trafilatura-html/%s\t%s\t%s\n' "$file" "$t/html/$file" "$url"
		txt=$t/text/${file%.html}.txt
		[ -f "$txt" ] && printf 'trafilatura-text/%s\t%s\t%s\n' "${file%.html}.txt" "$txt" "$url"
	done >>"$list"
fi
for d in "$eval_dir"/readability/*/; do
	[ -f "$d/source.html" ] && printf 'readability/%s\t%s\t%s\n' "$(basename "$d")" "$d/source.html" "http://fakehost/test/page.html"
done >>"$list"
w=$eval_dir/wcxb/dev
if [ -d "$w/ground-truth" ]; then
	for g in "$w"/ground-truth/*.json; do
		id=$(basename "$g" .json)
		printf 'wcxb/%s\t%s\t%s\n' "$id" "$w/html/$id.html.gz" "$(jq -r .url "$g")"
	done >>"$list"
fi
echo "outputs.sh: $(wc -l <"$list") pages" >&2

export bin out
# shellcheck disable=SC2016
tr '\t\n' '\0\0' <"$list" | xargs -0 -n 3 -P "$jobs" bash -c '
	name=$1 path=$2 url=$3
	mkdir -p "$out/$(dirname "$name")"
	for f in json markdown; do
		rc=0
		"$bin" -f "$f" --url "$url" "$path" >"$out/$name.$f" 2>"$out/$name.$f.err" || rc=$?
		echo "exit $rc" >>"$out/$name.$f.err"
	done
' _
