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
	"github.com/artext/artext/internal/safetest"
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
	safetest.CheckHTML(t, a.HTML)
	safetest.CheckMarkdown(t, a.Markdown)
}
