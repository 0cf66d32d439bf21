package extract_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/artext/artext/extract"
	"github.com/artext/artext/internal/warctest"
)

// BenchmarkReadWARC reads a .warc.gz of 100 pages of 100 KB, each with a
// request and a metadata record, as a crawler writes them: the cost of
// reading an archive, without extraction.
func BenchmarkReadWARC(b *testing.B) {
	var archive bytes.Buffer
	w := warctest.NewWriter(&archive, true)
	page := warctest.ArticlePage(strings.Repeat("Words of a long title ", 5000)) // about 100 KB
	for i := range 100 {
		uri := fmt.Sprintf("https://example.com/%d", i)
		w.Write(warctest.Record{Type: "request", URI: uri, Digest: true, Block: []byte("GET / HTTP/1.1\r\nHost: example.com\r\n\r\n")})
		w.Write(warctest.Record{URI: uri, Digest: true, Block: warctest.HTTPResponse(200, page, "Content-Type", "text/html")})
		w.Write(warctest.Record{Type: "metadata", URI: uri, Digest: true, ContentType: "application/warc-fields", Block: []byte("fetchTimeMs: 120\r\n")})
	}
	data := archive.Bytes()
	b.SetBytes(int64(100 * len(page)))
	b.ReportAllocs()
	for b.Loop() {
		pages := 0
		for r := range extract.ReadWARC(bytes.NewReader(data), "bench.warc.gz", extract.WARCOptions{}) {
			if r.Body != nil {
				pages++
			}
		}
		if pages != 100 {
			b.Fatalf("%d pages, want 100", pages)
		}
	}
}
