package extract_test

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/artext/artext/extract"
)

// FuzzFromText runs the text path on arbitrary text, seeded with the text
// fixtures. It must not fail but with ErrNoContent, and what it returns
// must hold together: captions out of the body, the word count of the
// body, a title that is not the body's first paragraph.
func FuzzFromText(f *testing.F) {
	for _, path := range textFixtures(f) {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(data))
	}
	f.Add("# Title\n\nText.\n\n```\ncode")
	f.Add("a    b    c\n[   ]\n\t• x\n")
	f.Fuzz(func(t *testing.T, text string) {
		a, err := extract.FromBytes(context.Background(), []byte(text), extract.Options{InputFormat: extract.InputText, Explain: true})
		if err != nil && !errors.Is(err, extract.ErrNoContent) {
			t.Fatalf("unexpected error: %v", err)
		}
		if a == nil {
			t.Fatal("no article")
		}
		if got := len(strings.Fields(a.Text)); got != a.WordCount {
			t.Errorf("word count %d, want %d", a.WordCount, got)
		}
		for _, c := range a.Captions {
			for _, p := range strings.Split(a.Text, "\n\n") {
				if p == c {
					t.Errorf("caption %q is a paragraph of the body", c)
				}
			}
		}
		if err == nil && a.Text == "" {
			t.Error("no error, but an empty body")
		}
	})
}
