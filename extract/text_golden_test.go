package extract_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/artext/artext/extract"
	"github.com/artext/artext/internal/golden"
)

// textFixtures returns the inputs of testdata/text: text (.txt) and
// Markdown (.md) copies of pages, without the golden outputs beside them.
func textFixtures(t testing.TB) []string {
	t.Helper()
	txt, err1 := filepath.Glob("../testdata/text/*.txt")
	md, err2 := filepath.Glob("../testdata/text/*.md")
	inputs := slices.DeleteFunc(append(txt, md...), func(p string) bool { return strings.Contains(filepath.Base(p), ".out.") })
	if err1 != nil || err2 != nil || len(inputs) < 4 {
		t.Fatalf("want at least 4 text fixtures, found %d (%v, %v)", len(inputs), err1, err2)
	}
	slices.Sort(inputs)
	return inputs
}

// TestTextGolden extracts every text fixture of testdata/text and compares
// each output format with its golden file beside it: name.json,
// name.jsonl, name.out.md, name.out.txt and name.out.html. Regenerate with
// go test ./extract -update and review the diff.
func TestTextGolden(t *testing.T) {
	for _, input := range textFixtures(t) {
		name := filepath.Base(input)
		t.Run(name, func(t *testing.T) {
			a := extractText(t, input)
			if a.Source.Format != extract.InputText {
				t.Errorf("source format = %q, want text", a.Source.Format)
			}
			base := strings.TrimSuffix(input, filepath.Ext(input))
			for _, f := range []extract.Format{extract.FormatJSON, extract.FormatJSONL, extract.FormatMarkdown, extract.FormatText, extract.FormatHTML} {
				var buf bytes.Buffer
				if err := extract.Write(&buf, a, f, extract.WriteOptions{}); err != nil {
					t.Fatal(err)
				}
				ext := f.Extension()
				if f != extract.FormatJSON && f != extract.FormatJSONL {
					ext = ".out" + ext
				}
				golden.Check(t, base+ext, buf.Bytes())
			}
		})
	}
}

func extractText(t testing.TB, path string) *extract.Article {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	a, err := extract.FromBytes(context.Background(), data, extract.Options{Name: filepath.Base(path)})
	if err != nil {
		t.Fatal(err)
	}
	return a
}
