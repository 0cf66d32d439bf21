package selector

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
)

// FuzzSelector compiles any text as a selector and matches it against two
// small pages: Compile either fails with an *Error quoting the text or
// gives a selector that MatchAll runs within its bound, without panicking;
// and where cascadia's own matching is cheap enough to run, both find the
// same elements.
func FuzzSelector(f *testing.F) {
	for _, seed := range []string{
		"p", "article > p", "div.newsletter + p", "h1 ~ p:not(.byline)", "p:contains(newsletter)",
		"#top a[href='/news']", "[class~=author], [name=author]", "article:has(form) h1",
		"ul li:nth-child(2n+1)", "p:matches(^Th[a-z]+)", `a[href#=(\.html?$)]`, "p /* note */ > em",
		`.a\ b`, `#\31 23`, "*|* > *", ":root > body", "li:only-child", ":lang(en) p",
		"q * * * * * * * * * * * * * * * p", ":has(:has(:has(p)))", ":not(:not(:not(p)))",
		strings.Repeat(":not(", 40) + "p" + strings.Repeat(")", 40), strings.Repeat("[a='", 20),
	} {
		f.Add(seed)
	}
	page, err := os.ReadFile("testdata/page.html")
	if err != nil {
		f.Fatal(err)
	}
	docs := []*html.Node{mustParse(f, string(page)), mustParse(f, strings.Repeat("<div><p>x</p>", 40))}
	f.Fuzz(func(t *testing.T, text string) {
		s, err := Compile(text)
		if err != nil {
			var se *Error
			if !errors.As(err, &se) || se.Selector != text {
				t.Fatalf("Compile(%q): %v is not an *Error quoting the selector", text, err)
			}
			return
		}
		for _, doc := range docs {
			got, err := s.MatchAll(doc)
			if err != nil {
				if !errors.Is(err, ErrTooCostly) {
					t.Fatalf("MatchAll(%q): %v", text, err)
				}
				continue
			}
			if s.group.nestedCost(measure(doc), 1) > 1e6 {
				continue // cascadia's own matching could take too long
			}
			want := cascadia.MustCompile(text).MatchAll(doc)
			if !sameElements(got, want) {
				t.Fatalf("%q: matches %d elements, cascadia %d", text, len(got), len(want))
			}
		}
	})
}

func mustParse(tb testing.TB, s string) *html.Node {
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		tb.Fatal(err)
	}
	return doc
}

func sameElements(got, want []*html.Node) bool {
	var w []*html.Node
	for _, n := range want {
		if n.Type == html.ElementNode {
			w = append(w, n)
		}
	}
	if len(got) != len(w) {
		return false
	}
	for i := range got {
		if got[i] != w[i] {
			return false
		}
	}
	return true
}
