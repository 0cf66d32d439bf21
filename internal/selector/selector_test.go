package selector_test

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/andybalholm/cascadia"
	"github.com/artext/artext/internal/selector"
	"golang.org/x/net/html"
)

func parseFile(t testing.TB, name string) *html.Node {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := html.Parse(f)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// describe names each node as tag#id.class, or tag:text for those without.
func describe(nodes []*html.Node) string {
	var parts []string
	for _, n := range nodes {
		d := n.Data
		for _, a := range n.Attr {
			switch a.Key {
			case "id":
				d += "#" + a.Val
			case "class":
				d += "." + strings.ReplaceAll(a.Val, " ", ".")
			}
		}
		if d == n.Data && n.FirstChild != nil && n.FirstChild.Type == html.TextNode {
			d += ":" + n.FirstChild.Data
		}
		parts = append(parts, d)
	}
	return strings.Join(parts, " ")
}

func TestMatchAll(t *testing.T) {
	doc := parseFile(t, "testdata/page.html")
	tests := []struct{ selector, want string }{
		{"p", "p.byline p:First paragraph. p:Sign up for our newsletter p:Second paragraph. p:Third  p.legal"},
		{".newsletter", "div.newsletter.box"},
		{"article > p", "p.byline p:First paragraph. p:Second paragraph. p:Third "},
		{"article p", "p.byline p:First paragraph. p:Sign up for our newsletter p:Second paragraph. p:Third "},
		{"html body main article div p", "p:Sign up for our newsletter"},
		{"time + p", "p:First paragraph."},
		{"div.newsletter + p", "p:Second paragraph."},
		{"p + p", "p:Third "}, // the comment between them is skipped
		{"h1 ~ p:not(.byline)", "p:First paragraph. p:Second paragraph. p:Third "},
		{"article :haschild(a), ul li:first-child", "li li"},
		{"article:has(form) h1", "h1:Harbour plan agreed"},
		{"p:contains(newsletter)", "p:Sign up for our newsletter"},
		{"#top a[href='/news']", "a:News"},
		{"aside, h1", "h1:Harbour plan agreed aside.related"},
		{"[class~=author], [name=author]", "meta span.author"},
		{"section p", ""},
	}
	for _, tt := range tests {
		t.Run(tt.selector, func(t *testing.T) {
			s, err := selector.Compile(tt.selector)
			if err != nil {
				t.Fatal(err)
			}
			got, err := s.MatchAll(doc)
			if err != nil {
				t.Fatal(err)
			}
			if describe(got) != tt.want {
				t.Errorf("got  %s\nwant %s", describe(got), tt.want)
			}
			if want := elements(cascadia.MustCompile(tt.selector).MatchAll(doc)); describe(want) != describe(got) {
				t.Errorf("cascadia matches %s", describe(want))
			}
		})
	}
}

func elements(nodes []*html.Node) []*html.Node {
	var out []*html.Node
	for _, n := range nodes {
		if n.Type == html.ElementNode {
			out = append(out, n)
		}
	}
	return out
}

func TestCompileErrors(t *testing.T) {
	tests := []struct{ selector, want string }{
		{"", `invalid selector "": empty selector`},
		{"div[", `invalid selector "div[": expected identifier, found EOF instead`},
		{"p::before", `invalid selector "p::before": pseudo-element before found, but pseudo-elements support is disabled`},
		{"p:frobnicate", `invalid selector "p:frobnicate": unknown pseudoclass or pseudoelement :frobnicate`},
		{"a,", `invalid selector "a,": expected selector, found EOF instead`},
		{":not(:has(:not(p)))", `invalid selector ":not(:has(:not(p)))": :not, :has and :haschild nest 3 deep, more than the 2 allowed`},
		{strings.Repeat("p ", 33), "33 compound selectors, more than the 32 allowed"},
		{strings.Repeat("a", 513), "513 bytes long, longer than the 512 a selector may have"},
	}
	for _, tt := range tests {
		_, err := selector.Compile(tt.selector)
		var se *selector.Error
		if !errors.As(err, &se) || se.Selector != tt.selector {
			t.Errorf("Compile(%.20q): %v, want a *selector.Error quoting it", tt.selector, err)
			continue
		}
		if !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Compile(%.20q):\n got %s\nwant %s", tt.selector, err, tt.want)
		}
	}
}

// deepPage returns a page of n nested divs, each with a paragraph; the
// HTML parser stops nesting at 512 open elements.
func deepPage(n int) *html.Node {
	var b strings.Builder
	b.WriteString("<body>")
	for range n {
		b.WriteString(`<div class="x"><p>text</p>`)
	}
	doc, err := html.Parse(strings.NewReader(b.String()))
	if err != nil {
		panic(err)
	}
	return doc
}

// TestCostIsBounded: a selector whose cost grows with the depth of the page
// is refused on a deep page, and one that this package matches in one walk
// is not, however many descendant combinators it chains.
func TestCostIsBounded(t *testing.T) {
	doc := deepPage(500)
	for _, text := range []string{":has(:has(p))", "div:has(div:contains(text))", "p:nth-child(1) ~ :not(div div div)"} {
		s, err := selector.Compile(text)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.MatchAll(doc); !errors.Is(err, selector.ErrTooCostly) {
			t.Errorf("%s: %v, want ErrTooCostly", text, err)
		}
	}
	s, err := selector.Compile("div div div div div div div div p")
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.MatchAll(doc)
	if err != nil || len(got) != 500-7 {
		t.Errorf("a chain of descendant combinators: %d matches, %v; want %d", len(got), err, 500-7)
	}
}

func TestOutermost(t *testing.T) {
	doc := parseFile(t, "testdata/page.html")
	s, _ := selector.Compile("article, p, aside")
	got, err := s.MatchAll(doc)
	if err != nil {
		t.Fatal(err)
	}
	if d := describe(selector.Outermost(got)); d != "article.story.main-story p.legal" {
		t.Errorf("Outermost: %s", d)
	}
}
