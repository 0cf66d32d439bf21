package extract_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/artext/artext/extract"
	"github.com/artext/artext/internal/hostile"
)

// hostileBig reports whether the battery runs its big inputs too (tens of
// megabytes each, seconds each): ARTEXT_HOSTILE=all in the environment.
func hostileBig() bool { return os.Getenv("ARTEXT_HOSTILE") == "all" }

// TestHostileFiles runs the library on each hostile file with the default
// options. Each must give an article or a one-line error of the kind
// expected, and an article's output must be valid and safe.
func TestHostileFiles(t *testing.T) {
	type want struct {
		text string // a piece of the article's text, or "" for an error
		err  func(error) bool
	}
	is := func(target error) func(error) bool { return func(err error) bool { return errors.Is(err, target) } }
	as := func(check func(error) bool) func(error) bool { return check }
	contentType := as(func(err error) bool { var e *extract.ContentTypeError; return errors.As(err, &e) })
	tooLarge := as(func(err error) bool { var e *extract.TooLargeError; return errors.As(err, &e) })
	tooComplex := as(func(err error) bool { var e *extract.TooComplexError; return errors.As(err, &e) })
	article := want{text: "tells a story in words"}
	wants := map[string]want{
		"empty.html":              {err: is(extract.ErrNoContent)},
		"whitespace.txt":          {err: is(extract.ErrNoContent)},
		"image.png":               {err: contentType},
		"document.pdf":            {err: contentType},
		"program.elf":             {err: contentType},
		"invalid-utf8.html":       article,
		"nul-bytes.html":          article,
		"utf16le-bom.html":        {text: "Geschichte, histoire, 物語"},
		"utf16be-bom.html":        {text: "Geschichte, histoire, 物語"},
		"utf16le-nobom.html":      {text: "Geschichte, histoire, 物語"},
		"utf16be-nobom.html":      {text: "Geschichte, histoire, 物語"},
		"nested-divs.html":        {text: "A sentence deep inside a hundred thousand folders"},
		"sibling-paragraphs.html": {err: tooComplex},
		"long-line.txt":           {text: "the article goes on without a single line break"},
		"many-attributes.html":    article,
		"big-script.html":         article,
		"unclosed-comment.html":   article,
		"unclosed-cdata.html":     article,
		"bomb.html.gz":            {err: tooLarge},
	}
	for _, f := range hostile.Files() {
		t.Run(f.Name, func(t *testing.T) {
			w, ok := wants[f.Name]
			if !ok {
				t.Fatal("no expectation for this case")
			}
			if f.Big && !hostileBig() {
				t.Skip("a big input: set ARTEXT_HOSTILE=all to run it")
			}
			t.Parallel()
			a, err := extract.FromReader(context.Background(), bytes.NewReader(f.Make()), extract.Options{Name: f.Name})
			if err != nil {
				if strings.Contains(err.Error(), "\n") || strings.Contains(err.Error(), "internal error") {
					t.Errorf("error is not one clear line: %q", err)
				}
				if !strings.HasPrefix(err.Error(), f.Name+": ") {
					t.Errorf("error does not name the input: %v", err)
				}
			}
			switch {
			case w.err != nil && (err == nil || !w.err(err)):
				t.Fatalf("error %v, not the one expected", err)
			case w.err == nil && err != nil:
				t.Fatalf("want an article, got error %v", err)
			case w.err == nil && !strings.Contains(a.Text, w.text):
				t.Errorf("text does not hold %q: %.300q", w.text, a.Text)
			}
			if a != nil && err == nil {
				extract.CheckArticle(t, a)
			}
		})
	}
}

// TestControlCharactersAreText reads a text with a terminal's escape codes
// as text, not as binary content.
func TestControlCharactersAreText(t *testing.T) {
	text := "\x1b[1mA headline\x1b[0m\n\n" + strings.Repeat("A paragraph of prose that a terminal printed in colour, long enough to be read as an article. ", 4) + "\n"
	_, err := extract.FromBytes(context.Background(), []byte(text), extract.Options{})
	var cte *extract.ContentTypeError
	if errors.As(err, &cte) {
		t.Errorf("refused as %v", err)
	}
}

func TestMaxElements(t *testing.T) {
	page := hostile.Article(20)
	text := bytes.Repeat([]byte("A line of prose that a reader would read, long enough to be prose.\n"), 30)
	tests := []struct {
		name  string
		input []byte
		limit int
		want  bool // a *TooComplexError
	}{
		{"html under", page, 1000, false},
		{"html over", page, 10, true},
		{"html, no limit", page, -1, false},
		{"html, default", page, 0, false},
		{"text under", text, 100, false},
		{"text over", text, 10, true},
		{"text, no limit", text, -1, false},
	}
	for _, tt := range tests {
		_, err := extract.FromBytes(context.Background(), tt.input, extract.Options{MaxElements: tt.limit})
		var e *extract.TooComplexError
		if got := errors.As(err, &e); got != tt.want {
			t.Errorf("%s: error %v, want a *TooComplexError: %v", tt.name, err, tt.want)
		}
	}
}

// TestScriptMarkupIsNoElement counts the elements of a page whose script
// holds more markup than the limit: the script's markup does not count.
func TestScriptMarkupIsNoElement(t *testing.T) {
	page := strings.Replace(string(hostile.Article(6)), "</head>", "<script>"+strings.Repeat("'<p>'+", 500)+"''</script></head>", 1)
	_, err := extract.FromBytes(context.Background(), []byte(page), extract.Options{MaxElements: 100})
	if err != nil {
		t.Errorf("error %v, want an article", err)
	}
}
