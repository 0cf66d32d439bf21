package extract

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/artext/artext/internal/hostile"
)

// fuzzSeeds returns the pages of testdata that seed the fuzzers: the
// golden pages, the charset fixtures and the small hostile inputs.
func fuzzSeeds(f *testing.F) [][]byte {
	var paths []string
	for _, pattern := range []string{"../testdata/golden/*.html", "../testdata/charset/*.html"} {
		m, err := filepath.Glob(pattern)
		if err != nil {
			f.Fatal(err)
		}
		paths = append(paths, m...)
	}
	if len(paths) < 10 {
		f.Fatalf("found %d seed pages in testdata, want at least 10", len(paths))
	}
	var seeds [][]byte
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		seeds = append(seeds, data)
	}
	for _, h := range hostile.Files() {
		if !h.Big && h.Name != "nested-divs.html" && h.Name != "bomb.html.gz" {
			seeds = append(seeds, h.Make())
		}
	}
	return seeds
}

// FuzzFromHTML runs the HTML pipeline on arbitrary bytes, seeded with the
// pages of testdata. It must not panic nor fail but with ErrNoContent, and
// what it returns must be valid UTF-8, valid JSON and safe to render.
func FuzzFromHTML(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		// The start of a page: mutations of a whole one cost the
		// fuzzer ten times as long for little more coverage.
		f.Add(s[:min(len(s), 24<<10)])
	}
	f.Add([]byte(`<p><a href="java&#x0A;script:alert(1)">x</a><img src="data:text/html,x"><svg><a xlink:href="javascript:1">y</a></svg></p>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		opts := Options{InputFormat: InputHTML, URL: "https://example.com/news/story.html", Explain: true}
		// fromBytes rather than FromBytes: a panic must crash the fuzzer,
		// not come back as an error.
		a, err := fromBytes(context.Background(), data, false, &opts)
		if err != nil && !errors.Is(err, ErrNoContent) {
			t.Fatalf("unexpected error: %v", err)
		}
		if a == nil {
			t.Fatal("no article")
		}
		checkArticle(t, a)
	})
}

// checkArticle fails t when an article's fields are not valid UTF-8, its
// JSON is not valid, or its HTML or Markdown is unsafe to render.
func checkArticle(t *testing.T, a *Article) {
	t.Helper()
	for name, s := range map[string]string{"title": a.Title, "text": a.Text, "markdown": a.Markdown, "html": a.HTML, "excerpt": a.Excerpt, "site": a.SiteName} {
		if !utf8.ValidString(s) {
			t.Errorf("%s is not valid UTF-8: %q", name, s)
		}
	}
	if got := len(strings.Fields(a.Text)); got != a.WordCount {
		t.Errorf("word count %d, want %d", a.WordCount, got)
	}
	for _, f := range []Format{FormatJSON, FormatJSONL} {
		var buf bytes.Buffer
		if err := Write(&buf, a, f, WriteOptions{}); err != nil {
			t.Fatalf("writing %s: %v", f, err)
		}
		if !utf8.Valid(buf.Bytes()) || !json.Valid(buf.Bytes()) {
			t.Errorf("%s output is not valid UTF-8 JSON: %.300q", f, buf.Bytes())
		}
	}
	checkSafeHTML(t, a.HTML)
	checkSafeMarkdown(t, a.Markdown)
}

// FuzzSniffFormat sniffs arbitrary bytes: sniffFormat must not panic, must
// say HTML or text, and must not depend on a UTF-8 byte order mark.
func FuzzSniffFormat(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s[:min(len(s), 4096)])
	}
	f.Add([]byte("# Title\n\nSome <b>bold</b> text and <i>more</i> and <u>less</u>.\n"))
	f.Add([]byte("<!-- never closed <html>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		got := sniffFormat(data)
		if got != InputHTML && got != InputText {
			t.Fatalf("sniffFormat = %q, want html or text", got)
		}
		if !bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) && len(data) < 16<<10-3 {
			if withBOM := sniffFormat(append([]byte("\xef\xbb\xbf"), data...)); withBOM != got {
				t.Errorf("sniffFormat = %q, but %q with a byte order mark", got, withBOM)
			}
		}
	})
}

// FuzzDecodeToUTF8 decodes arbitrary bytes with an arbitrary Content-Type:
// detection must not fail and must give valid UTF-8.
func FuzzDecodeToUTF8(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s[:min(len(s), 8192)], "", true)
	}
	f.Add([]byte("caf\xe9 cr\xe8me"), "text/plain; charset=iso-8859-1", false)
	f.Add([]byte("\xff\xfeh\x00i\x00"), "text/html; charset=utf-8", true)
	f.Add([]byte("<meta charset=utf-16><p>x"), "text/html; charset=x-unknown", true)
	f.Fuzz(func(t *testing.T, data []byte, contentType string, isHTML bool) {
		out, name, err := decodeToUTF8(data, "", contentType, isHTML)
		if err != nil {
			t.Fatalf("decodeToUTF8: %v", err)
		}
		if name == "" {
			t.Error("no encoding name")
		}
		if !utf8.Valid(out) {
			t.Errorf("output of %s is not valid UTF-8: %q", name, out)
		}
	})
}
