package nodepath_test

import (
	"strings"
	"testing"

	"github.com/artext/artext/internal/nodepath"
	"github.com/artext/artext/internal/selector"
	"golang.org/x/net/html"
)

// TestCSS: the path of every element of a page is a selector that matches
// that element alone.
func TestCSS(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<body><main><p>a</p><div><p>b</p></div><p>c</p><svg><g></g></svg></main><p>d</p></body>`))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			path := nodepath.CSS(n)
			got = append(got, path)
			sel, err := selector.Compile(path)
			if err != nil {
				t.Fatal(err)
			}
			if m, err := sel.MatchAll(doc); err != nil || len(m) != 1 || m[0] != n {
				t.Errorf("%s matches %d elements (%v), want it alone", path, len(m), err)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	want := []string{
		"html", "html > head", "html > body", "html > body > main",
		"html > body > main > p:nth-of-type(1)", "html > body > main > div", "html > body > main > div > p",
		"html > body > main > p:nth-of-type(2)", "html > body > main > svg", "html > body > main > svg > g",
		"html > body > p",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if nodepath.CSS(doc) != "" {
		t.Error("the document node has a path")
	}
}
