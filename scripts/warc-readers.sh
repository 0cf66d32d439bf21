#!/usr/bin/env bash
# warc-readers.sh compares the two maintained Go WARC libraries on the same
# archives: how long each takes to read every record of the evaluation pages
# as a .warc.gz and as a .warc (made by internal/warctest/makewarc: a
# request, a response and a metadata record each, with digests), with the
# body of each record read whole:
#
#   gowarc-v3     github.com/nlnwa/gowarc/v3 validating each record (its
#                 default), each block read whole
#   gowarc-v3-lenient  the same with gowarc.WithNoValidation: gowarc then
#                 skips each block, which the caller cannot read
#   artext        extract.ReadWARC: gowarc, not validating, parses each
#                 record, whose block artext keeps as gowarc reads it; the
#                 HTTP response of each page read and its body decoded
#   internetarchive  github.com/internetarchive/gowarc, its Reader
#
# It builds a throwaway Go module in a temporary folder that requires
# artext (from this repository) and internetarchive/gowarc (from the module
# proxy, so it needs the proxy; the tests never do), and runs its benchmark.
# Both libraries inflate with klauspost/compress, at the version artext's
# go.mod selects.
#
# Usage: scripts/warc-readers.sh [PAGES_DIR]
#   PAGES_DIR  default: ../shared/eval/trafilatura/html beside the repository
#   COUNT      environment: runs of each benchmark (default 5)
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
pages=${1:-$repo/../shared/eval/trafilatura/html}
count=${COUNT:-5}
if [ ! -d "$pages" ]; then
	echo "warc-readers.sh: no pages at $pages" >&2
	exit 2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$repo" && go build -o "$work/makewarc" ./internal/warctest/makewarc)
"$work/makewarc" -o "$work/pages.warc.gz" "$pages"
"$work/makewarc" -o "$work/pages.warc" "$pages"

mkdir "$work/mod"
cat >"$work/mod/go.mod" <<EOF
module warcreaders

go 1.26.0

require github.com/artext/artext v0.0.0

replace github.com/artext/artext => $repo
EOF
cat >"$work/mod/readers_test.go" <<'EOF'
package warcreaders

import (
	"bytes"
	"io"
	"os"
	"testing"

	"github.com/artext/artext/extract"
	iawarc "github.com/internetarchive/gowarc"
	gowarc "github.com/nlnwa/gowarc/v3"
)

func BenchmarkReaders(b *testing.B) {
	for _, name := range []string{"pages.warc.gz", "pages.warc"} {
		data, err := os.ReadFile(os.Getenv("WARC_DIR") + "/" + name)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name+"/gowarc-v3", func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				wf, err := gowarc.NewWarcFileReaderFromStream(bytes.NewReader(data), 0, gowarc.WithSkipParseBlock())
				if err != nil {
					b.Fatal(err)
				}
				for {
					rec, err := wf.Next()
					if err != nil {
						rec.Close()
						break
					}
					r, err := rec.WarcRecord.Block().RawBytes()
					if err != nil {
						b.Fatal(err)
					}
					io.Copy(io.Discard, r)
					rec.Close()
				}
				wf.Close()
			}
		})
		b.Run(name+"/gowarc-v3-lenient", func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				wf, err := gowarc.NewWarcFileReaderFromStream(bytes.NewReader(data), 0, gowarc.WithNoValidation())
				if err != nil {
					b.Fatal(err)
				}
				for {
					rec, err := wf.Next()
					rec.Close()
					if err != nil {
						break
					}
				}
				wf.Close()
			}
		})
		b.Run(name+"/artext", func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				for rec := range extract.ReadWARC(bytes.NewReader(data), name, extract.WARCOptions{}) {
					if rec.Err != nil {
						b.Fatal(rec.Err)
					}
				}
			}
		})
		b.Run(name+"/internetarchive", func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				r, err := iawarc.NewReader(bytes.NewReader(data))
				if err != nil {
					b.Fatal(err)
				}
				for {
					rec, err := r.ReadRecord()
					if err == io.EOF {
						break
					}
					if err != nil {
						b.Fatal(err)
					}
					io.Copy(io.Discard, rec.Content)
					rec.Content.Close()
				}
			}
		})
	}
}
EOF
cd "$work/mod"
go get github.com/internetarchive/gowarc@v0.8.96 >/dev/null 2>&1
go mod tidy >/dev/null 2>&1
echo "klauspost/compress $(go list -m -f '{{.Version}}' github.com/klauspost/compress)"
WARC_DIR=$work go test -run '^$' -bench Readers -benchtime 5x -count "$count" . | grep '^Benchmark'
