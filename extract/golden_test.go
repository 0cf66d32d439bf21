package extract_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/artext/artext/extract"
	"github.com/artext/artext/internal/golden"
)

// TestGolden extracts every page of testdata/golden, with the address in
// its .url sidecar, and compares each output format with its golden file
// beside it: page.json, page.md, page.txt and page.out.html.
// Regenerate with go test ./extract -update and review the diff.
func TestGolden(t *testing.T) {
	pages, err := filepath.Glob("../testdata/golden/*.html")
	pages = slices.DeleteFunc(pages, func(p string) bool { return strings.HasSuffix(p, ".out.html") })
	if err != nil || len(pages) < 10 {
		t.Fatalf("want at least 10 golden pages, found %d (%v)", len(pages), err)
	}
	for _, page := range pages {
		name := strings.TrimSuffix(filepath.Base(page), ".html")
		t.Run(name, func(t *testing.T) {
			a := extractFile(t, page, readSidecarURL(t, page))
			base := strings.TrimSuffix(page, ".html")
			for _, f := range []extract.Format{extract.FormatJSON, extract.FormatMarkdown, extract.FormatText, extract.FormatHTML} {
				var buf bytes.Buffer
				if err := extract.Write(&buf, a, f, extract.WriteOptions{}); err != nil {
					t.Fatal(err)
				}
				ext := f.Extension()
				if f == extract.FormatHTML {
					ext = ".out.html"
				}
				golden.Check(t, base+ext, buf.Bytes())
			}
		})
	}
}

// TestDeterministic extracts the same page twice, in two local time zones
// far apart, and wants identical output.
func TestDeterministic(t *testing.T) {
	page := "../testdata/golden/kath.net-Menschensohn.html"
	saved := time.Local
	t.Cleanup(func() { time.Local = saved })
	var outs [2]bytes.Buffer
	for i, offset := range []int{-10, 13} {
		time.Local = time.FixedZone("test", offset*3600)
		a := extractFile(t, page, readSidecarURL(t, page))
		if err := extract.Write(&outs[i], a, extract.FormatJSON, extract.WriteOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(outs[0].Bytes(), outs[1].Bytes()) {
		t.Error("output differs between two runs")
	}
}

func extractFile(t *testing.T, path, url string) *extract.Article {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	// Name the page by its base name, so that the output does not depend
	// on where the tests run.
	a, err := extract.FromReader(context.Background(), f, extract.Options{URL: url, Name: filepath.Base(path)})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func readSidecarURL(t *testing.T, page string) string {
	t.Helper()
	data, err := os.ReadFile(strings.TrimSuffix(page, ".html") + ".url")
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimSpace(string(data))
}
