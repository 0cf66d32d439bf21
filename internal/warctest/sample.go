package warctest

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
)

// ArticlePage returns an HTML page that holds an article titled title.
func ArticlePage(title string) string {
	return `<!DOCTYPE html><html><head><title>` + title + `</title></head><body><article>
<h1>` + title + `</h1>
<p>` + title + ` is a page kept in a WARC archive written by a test, so that reading archives can be tested without a crawl.</p>
<p>A second paragraph gives readability enough prose to believe that this page holds an article worth extracting.</p>
<p>A third paragraph closes the article, as articles tend to end with a paragraph of their own.</p>
</article></body></html>`
}

// Gzip returns s compressed as one gzip member.
func Gzip(s string) []byte {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	io.WriteString(zw, s)
	zw.Close()
	return b.Bytes()
}

// SampleRecords are the records of WriteSample, in order: a warcinfo, a
// request, pages (UTF-8; windows-1252 declared only in the HTTP header; no
// Content-Type, chunked and gzip-encoded), a redirect, an image, a page that
// holds no article, a metadata record and a revisit.
func SampleRecords() []Record {
	gz := Gzip(ArticlePage("Currents"))
	chunked := fmt.Sprintf("%x\r\n%s\r\n0\r\n\r\n", len(gz), gz)
	cafe := ArticlePage("Caf\xe9 au lait") // windows-1252
	return []Record{
		{Type: "warcinfo", ContentType: "application/warc-fields", Block: []byte("software: artext warctest\r\nformat: WARC File Format 1.1\r\n")},
		{Type: "request", URI: "https://example.com/tides", Block: []byte("GET /tides HTTP/1.1\r\nHost: example.com\r\n\r\n")},
		{URI: "https://example.com/tides", Digest: true, Block: HTTPResponse(200, ArticlePage("Tides"), "Content-Type", "text/html; charset=utf-8")},
		{URI: "https://example.com/cafe", Block: HTTPResponse(200, cafe, "Content-Type", "text/html; charset=windows-1252")},
		{URI: "https://example.com/old", Block: HTTPResponse(301, "", "Location", "https://example.com/tides", "Content-Length", "0")},
		{URI: "https://example.com/logo.png", Block: HTTPResponse(200, "\x89PNG\r\n\x1a\n", "Content-Type", "image/png")},
		{URI: "https://example.com/sniffed", Block: HTTPResponse(200, ArticlePage("Sniffed"))},
		{URI: "https://example.com/currents", Block: HTTPResponse(200, chunked, "Content-Type", "text/html", "Transfer-Encoding", "chunked", "Content-Encoding", "gzip")},
		{URI: "https://example.com/empty", Block: HTTPResponse(200, `<html><body><img src="photo.jpg"></body></html>`, "Content-Type", "text/html")},
		{Type: "metadata", URI: "https://example.com/tides", ContentType: "application/warc-fields", Block: []byte("fetchTimeMs: 12\r\n")},
		{Type: "revisit", URI: "https://example.com/tides", Block: HTTPResponse(200, "", "Content-Type", "text/html")},
	}
}

// BrokenRecord is a response record cut short: its Content-Length runs past
// the end of what was written.
func BrokenRecord() Record {
	return Record{URI: "https://example.com/cut", Block: HTTPResponse(200, "<html><body><p>cut", "Content-Type", "text/html"), Length: 5000}
}

// WriteSample writes the sample archive to w: SampleRecords, the broken
// record and, when compressed, one more page after it, which a reader finds
// in the next gzip member (in an uncompressed archive the broken record runs
// to the end).
func WriteSample(w io.Writer, compress bool) error {
	ww := NewWriter(w, compress)
	for _, r := range SampleRecords() {
		if err := ww.Write(r); err != nil {
			return err
		}
	}
	if err := ww.Write(BrokenRecord()); err != nil {
		return err
	}
	if compress {
		return ww.Write(Record{URI: "https://example.com/after", Block: HTTPResponse(200, ArticlePage("After the break"), "Content-Type", "text/html")})
	}
	return nil
}
