package extract_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/artext/artext/extract"
	"github.com/artext/artext/internal/schematest"
	"github.com/artext/artext/internal/warctest"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

func TestIsWARC(t *testing.T) {
	for _, tc := range []struct {
		name string
		head []byte
		want bool
	}{
		{"WARC/1.1", []byte("WARC/1.1\r\nWARC-Type: warcinfo\r\n"), true},
		{"WARC/1.0", []byte("WARC/1.0\r\n"), true},
		{"gzip member of WARC/1.1", warctest.Gzip("WARC/1.1\r\nWARC-Type: warcinfo\r\n"), true},
		{"gzip cut after its header", warctest.Gzip("WARC/1.1\r\nWARC-Type: warcinfo\r\n")[:12], false},
		{"gzip of HTML", warctest.Gzip("<!DOCTYPE html><html></html>"), false},
		{"HTML", []byte("<!DOCTYPE html><html></html>"), false},
		{"WARC/0.18", []byte("WARC/0.18\r\n"), false},
		{"WARC after a space", []byte(" WARC/1.1\r\n"), false},
		{"text about WARC", []byte("WARC/1 is a file format"), false},
		{"empty", nil, false},
	} {
		if got := extract.IsWARC(tc.head); got != tc.want {
			t.Errorf("%s: IsWARC = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// describeRecord says in one line what ReadWARC made of a record.
func describeRecord(t *testing.T, r *extract.WARCRecord) string {
	t.Helper()
	switch {
	case r.Err != nil:
		return fmt.Sprintf("%s %s: error: %v", r.Type, r.Name(), r.Err)
	case r.Skip != extract.WARCNotSkipped:
		return fmt.Sprintf("%s %s: skipped, %v (%d %s)", r.Type, r.Name(), r.Skip, r.Status, r.ContentType)
	}
	a, err := r.Extract(context.Background(), extract.Options{})
	switch {
	case errors.Is(err, extract.ErrNoContent):
		return fmt.Sprintf("page %s: no article", r.Name())
	case err != nil:
		return fmt.Sprintf("page %s: %v", r.Name(), err)
	}
	return fmt.Sprintf("page %s: %q in %s", r.Name(), a.Title, a.Source.Charset)
}

func TestReadWARC(t *testing.T) {
	common := []string{
		"warcinfo x.warc@0: skipped, not responses (0 )",
		"request https://example.com/tides: skipped, not responses (0 )",
		`page https://example.com/tides: "Tides" in utf-8`,
		`page https://example.com/cafe: "Café au lait" in windows-1252`,
		"response https://example.com/old: skipped, not status 200 (301 )",
		"response https://example.com/logo.png: skipped, not HTML or text (200 image/png)",
		`page https://example.com/sniffed: "Sniffed" in utf-8`,
		`page https://example.com/currents: "Currents" in utf-8`,
		"page https://example.com/empty: no article",
		"metadata https://example.com/tides: skipped, not responses (0 )",
		"revisit https://example.com/tides: skipped, not responses (0 )",
	}
	for _, compress := range []bool{true, false} {
		t.Run(fmt.Sprintf("compressed=%v", compress), func(t *testing.T) {
			var archive bytes.Buffer
			if err := warctest.WriteSample(&archive, compress); err != nil {
				t.Fatal(err)
			}
			want := append([]string(nil), common...)
			if compress {
				want = append(want,
					"response https://example.com/cut: error: broken WARC record: cut short: 62 of its 5000 bytes",
					`page https://example.com/after: "After the break" in utf-8`)
			} else {
				want = append(want, "response https://example.com/cut: error: broken WARC record: cut short: 62 of its 5000 bytes")
			}
			var got []string
			data := archive.Bytes()
			for r := range extract.ReadWARC(bytes.NewReader(data), "x.warc", extract.WARCOptions{}) {
				got = append(got, describeRecord(t, r))
				// The offset leads back to the record.
				for again := range extract.ReadWARC(bytes.NewReader(data[r.Origin.Offset:]), "x.warc", extract.WARCOptions{}) {
					if again.Origin.RecordID != r.Origin.RecordID {
						t.Errorf("%s: the record at offset %d is %s", r.Origin.RecordID, r.Origin.Offset, again.Origin.RecordID)
					}
					break
				}
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("records:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}

// TestReadWARCOneMember checks an archive gzipped whole, rather than a
// record at a time: its records are those of the uncompressed archive, all
// at the offset of the one gzip member.
func TestReadWARCOneMember(t *testing.T) {
	var archive bytes.Buffer
	if err := warctest.WriteSample(&archive, false); err != nil {
		t.Fatal(err)
	}
	var want, got []string
	for r := range extract.ReadWARC(bytes.NewReader(archive.Bytes()), "x.warc", extract.WARCOptions{}) {
		want = append(want, describeRecord(t, r))
	}
	for r := range extract.ReadWARC(bytes.NewReader(warctest.Gzip(archive.String())), "x.warc", extract.WARCOptions{}) {
		got = append(got, describeRecord(t, r))
		if r.Origin.Offset != 0 {
			t.Errorf("%s: offset %d, want 0", r.Name(), r.Origin.Offset)
		}
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("records:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestReadWARCTargetURI checks that a WARC-Target-URI in angle brackets,
// as some writers put it, is the page's address without them.
func TestReadWARCTargetURI(t *testing.T) {
	var archive bytes.Buffer
	warctest.NewWriter(&archive, false).Write(warctest.Record{URI: "<https://example.com/a>", Block: warctest.HTTPResponse(200, warctest.ArticlePage("A"), "Content-Type", "text/html")})
	var uris []string
	for r := range extract.ReadWARC(&archive, "x.warc", extract.WARCOptions{}) {
		uris = append(uris, r.URI)
	}
	if len(uris) != 1 || uris[0] != "https://example.com/a" {
		t.Errorf("URIs %q, want [https://example.com/a]", uris)
	}
}

// TestReadWARCBroken checks that reading goes on after records that cannot
// be read, and stops with an error where nothing more can be.
func TestReadWARCBroken(t *testing.T) {
	page := warctest.Record{URI: "https://example.com/a", Block: warctest.HTTPResponse(200, warctest.ArticlePage("A"), "Content-Type", "text/html")}
	member := func(r warctest.Record) []byte {
		var b bytes.Buffer
		warctest.NewWriter(&b, true).Write(r)
		return b.Bytes()
	}
	corrupt := member(page)
	for i := 30; i < len(corrupt)-10; i++ {
		corrupt[i] ^= 0x55
	}
	badChecksum := member(page)
	badChecksum[len(badChecksum)-8] ^= 0xff // the CRC-32 of the member's trailer
	for _, tc := range []struct {
		name  string
		parts [][]byte
		want  []string // "page" or the start of the error
	}{
		{"corrupt gzip member", [][]byte{member(page), corrupt, member(page)}, []string{"page", "broken WARC record: flate: corrupt input", "page"}},
		{"bad gzip header", [][]byte{member(page), []byte("\x1f\x8bnot a gzip header at all, just bytes"), member(page)}, []string{"page", "broken WARC record: gzip: invalid header", "page"}},
		{"gzip member that is not WARC", [][]byte{member(page), warctest.Gzip("hello\r\n\r\n"), member(page)}, []string{"page", "broken WARC record: gowarc: no WARC record found", "page"}},
		{"archive cut short", [][]byte{member(page), member(page)[:100]}, []string{"page", "broken WARC record: unexpected EOF"}},
		{"garbage at the end", [][]byte{member(page), []byte("garbage")}, []string{"page", "broken WARC record: 7 bytes that are not a gzip member"}},
		{"garbage between members", [][]byte{member(page), []byte("garbage"), member(page)}, []string{"page", "page"}},
		{"garbage before the first member", [][]byte{[]byte("garbage"), member(page)}, []string{"page"}},
		{"member that fails its checksum", [][]byte{member(page), badChecksum, member(page)}, []string{"page", "broken WARC record: gzip: invalid checksum", "page"}},
		{"negative Content-Length", [][]byte{member(page), member(warctest.Record{URI: page.URI, Block: page.Block, Length: -5}), member(page)}, []string{"page", "broken WARC record: Content-Length -5", "page"}},
		{"line end at the end", [][]byte{member(page), []byte("\r\n")}, []string{"page"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for r := range extract.ReadWARC(bytes.NewReader(bytes.Join(tc.parts, nil)), "x.warc.gz", extract.WARCOptions{}) {
				switch {
				case r.Err != nil:
					got = append(got, r.Err.Error())
				case r.Body != nil:
					got = append(got, "page")
				default:
					got = append(got, "skipped")
				}
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got %q, want %q", got, tc.want)
			}
			for i := range got {
				if !strings.HasPrefix(got[i], tc.want[i]) {
					t.Errorf("record %d: %q, want %q...", i, got[i], tc.want[i])
				}
			}
		})
	}
}

func TestReadWARCBodies(t *testing.T) {
	html := warctest.ArticlePage("Body")
	for _, tc := range []struct {
		name    string
		block   []byte
		maxSize int64
		want    string // the body, or the error
	}{
		{"plain", warctest.HTTPResponse(200, html, "Content-Type", "text/html"), 0, html},
		{"gzip", warctest.HTTPResponse(200, string(warctest.Gzip(html)), "Content-Type", "text/html", "Content-Encoding", "gzip"), 0, html},
		{"gzip declared, stored decoded", warctest.HTTPResponse(200, html, "Content-Type", "text/html", "Content-Encoding", "gzip"), 0, html},
		{"chunked declared, stored whole", warctest.HTTPResponse(200, html, "Content-Type", "text/html", "Transfer-Encoding", "chunked"), 0, html},
		{"brotli", warctest.HTTPResponse(200, "\x1b\x00", "Content-Type", "text/html", "Content-Encoding", "br"), 0, `unsupported Content-Encoding "br"`},
		{"over the limit", warctest.HTTPResponse(200, html, "Content-Type", "text/html"), 100, "input is larger than the limit of 100 bytes"},
		{"over the limit once decoded", warctest.HTTPResponse(200, string(warctest.Gzip(html)), "Content-Type", "text/html", "Content-Encoding", "gzip"), 300, "input is larger than the limit of 300 bytes"},
		{"text/plain", warctest.HTTPResponse(200, "Some text.", "Content-Type", "text/plain; charset=utf-8"), 0, "Some text."},
		{"application/xhtml+xml", warctest.HTTPResponse(200, html, "Content-Type", "application/xhtml+xml"), 0, html},
		{"octet-stream that is HTML", warctest.HTTPResponse(200, html, "Content-Type", "application/octet-stream"), 0, html},
		{"over the limit by more than the room for headers", warctest.HTTPResponse(200, strings.Repeat(html, 2<<20/len(html)), "Content-Type", "text/html"), 100, "input is larger than the limit of 100 bytes"},
		{"image over the limit", warctest.HTTPResponse(200, strings.Repeat("\x89PNG", 1<<19), "Content-Type", "image/png"), 100, "skipped image/png"},
		{"octet-stream that is a PDF", warctest.HTTPResponse(200, "%PDF-1.7", "Content-Type", "application/octet-stream"), 0, "skipped application/pdf"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var archive bytes.Buffer
			warctest.NewWriter(&archive, true).Write(warctest.Record{URI: "https://example.com/", Block: tc.block})
			var got []string
			for r := range extract.ReadWARC(&archive, "x.warc.gz", extract.WARCOptions{MaxBytes: tc.maxSize}) {
				switch {
				case r.Err != nil:
					got = append(got, r.Err.Error())
				case r.Skip != extract.WARCNotSkipped:
					got = append(got, "skipped "+r.ContentType)
				default:
					got = append(got, string(r.Body))
				}
			}
			if len(got) != 1 || got[0] != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestWARCSourceJSON checks what an article from an archive says of its
// source, and that its failure line names the record the same way.
func TestWARCSourceJSON(t *testing.T) {
	var archive bytes.Buffer
	warctest.WriteSample(&archive, false)
	var lines []string
	for r := range extract.ReadWARC(&archive, "crawl.warc", extract.WARCOptions{}) {
		if r.URI != "https://example.com/tides" && r.URI != "https://example.com/empty" || r.Type != "response" {
			continue
		}
		var buf bytes.Buffer
		a, err := r.Extract(context.Background(), extract.Options{})
		if a == nil {
			t.Fatalf("%s: no article, and no source to report %v with", r.Name(), err)
		}
		if err != nil {
			extract.WriteFailure(&buf, a.Source, err)
		} else {
			extract.Write(&buf, a, extract.FormatJSONL, extract.WriteOptions{})
		}
		var v struct {
			Source json.RawMessage `json:"source"`
			Error  string          `json:"error"`
		}
		if err := json.Unmarshal(buf.Bytes(), &v); err != nil {
			t.Fatal(err)
		}
		lines = append(lines, string(v.Source)+" "+v.Error)
	}
	want := []string{
		`{"name":"https://example.com/tides","format":"html","charset":"utf-8","warc":{"file":"crawl.warc","offset":540,"record_id":"<urn:uuid:00000000-0000-4000-8000-000000000003>","date":"2024-05-06T07:08:09Z"}} `,
		`{"name":"https://example.com/empty","warc":{"file":"crawl.warc","offset":4210,"record_id":"<urn:uuid:00000000-0000-4000-8000-000000000009>","date":"2024-05-06T07:08:09Z"}} no article content found`,
	}
	if !reflect.DeepEqual(lines, want) {
		t.Errorf("sources:\n%s\nwant:\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
}

// TestWARCLinesValidate validates the JSON Lines of the sample archive's
// pages, articles and failures, against the output schema.
func TestWARCLinesValidate(t *testing.T) {
	s := schematest.Compile(t)
	var archive bytes.Buffer
	warctest.WriteSample(&archive, true)
	n := 0
	for r := range extract.ReadWARC(&archive, "crawl.warc.gz", extract.WARCOptions{}) {
		if r.Skip != extract.WARCNotSkipped {
			continue
		}
		var buf bytes.Buffer
		a, err := r.Extract(context.Background(), extract.Options{})
		if err != nil {
			src := extract.Source{Name: r.Name(), WARC: &r.Origin}
			extract.WriteFailure(&buf, src, err)
		} else {
			extract.Write(&buf, a, extract.FormatJSONL, extract.WriteOptions{})
		}
		doc, err := jsonschema.UnmarshalJSON(&buf)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Validate(doc); err != nil {
			t.Errorf("%s does not validate: %v", r.Name(), err)
		}
		n++
	}
	if n != 7 {
		t.Errorf("validated %d lines, want 7", n)
	}
}
