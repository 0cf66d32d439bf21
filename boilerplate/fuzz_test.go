package boilerplate_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/artext/artext/boilerplate"
	_ "github.com/artext/artext/internal/golden" // defines -update for go test ./... -update
)

// FuzzParse loads arbitrary rule files, seeded with the built-in ones. A
// file either fails with a *FileError that names it, or gives a rule set
// that applies to any blocks, one decision each, and checks its examples.
func FuzzParse(f *testing.F) {
	files, err := filepath.Glob("rules/*.yaml")
	if err != nil || len(files) == 0 {
		f.Fatalf("no built-in rule files (%v)", err)
	}
	sites, _ := filepath.Glob("testdata/sites/*.yaml")
	files = append(files, "../testdata/rules/newsroom.yaml")
	files = append(files, sites...)
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("rules:\n  - id: a\n    category: x\n    regexp: '(?i)^(a+)+$'\n    where: end\n    action: caption\n"))
	f.Add([]byte("a: &a [*a, *a]\nrules: *a\n"))
	f.Add([]byte("rules: {}\n"))
	f.Add([]byte("sites: ['*.example.com', x.org]\nremove: [':has(:has(p))', 'q * * * p']\ntitle: [h1]\n"))
	f.Add([]byte("rules:\n  - id: a\n    category: b\n    regexp: '(?i)^\\W*x'\n    kinds: [heading]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := boilerplate.Parse("fuzz.yaml", data)
		if err != nil {
			var fe *boilerplate.FileError
			if !errors.As(err, &fe) || fe.File != "fuzz.yaml" {
				t.Fatalf("error is no *FileError naming the file: %v", err)
			}
			return
		}
		blocks := []boilerplate.Block{
			{Text: "Download the app", Kind: boilerplate.Paragraph},
			{Text: "A sentence of the article, long enough to be prose.", Kind: boilerplate.Paragraph},
			{Text: "", Kind: boilerplate.Heading},
			{Text: string(data), Kind: boilerplate.ListItem, InList: true},
		}
		if got := s.Apply(blocks, "en"); len(got) != len(blocks) {
			t.Errorf("%d decisions for %d blocks", len(got), len(blocks))
		}
		s.CheckExamples()
		s.Check()
		for _, host := range []string{"", "example.com", "www.example.com"} {
			if got := s.ForHost(host).Apply(blocks, "en"); len(got) != len(blocks) {
				t.Errorf("ForHost(%q): %d decisions for %d blocks", host, len(got), len(blocks))
			}
			s.ElementRules(host)
		}
		if _, err := boilerplate.Merge(s, boilerplate.Default()); err != nil && s.Len() == 0 {
			t.Errorf("merging an empty set with the default failed: %v", err)
		}
	})
}
