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
// body, valid UTF-8 and JSON, HTML and Markdown safe to render.
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
	f.Add("# Title\n\nA [link](javascript:alert(1)) and <script>alert(2)</script>, <javascript:x> and ![i](data:text/html,x).\n\n[r]: vbscript:y\n")
	f.Fuzz(func(t *testing.T, text string) {
		a, err := extract.FromBytes(context.Background(), []byte(text), extract.Options{InputFormat: extract.InputText, Explain: true})
		if err != nil && !errors.Is(err, extract.ErrNoContent) {
			t.Fatalf("unexpected error: %v", err)
		}
		if a == nil {
			t.Fatal("no article")
		}
		extract.CheckArticle(t, a) // word count, UTF-8, valid JSON, safe HTML and Markdown
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
