package htmlutil

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func TestCloneIsDeepAndDetached(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<div id="a"><p class="x">one <b>two</b></p></div>`))
	if err != nil {
		t.Fatal(err)
	}
	div := FindElement(doc, atom.Div)
	c := Clone(div)
	if c.Parent != nil || c.NextSibling != nil {
		t.Error("the copy is attached to a tree")
	}
	var orig, copied strings.Builder
	html.Render(&orig, div)
	html.Render(&copied, c)
	if orig.String() != copied.String() {
		t.Errorf("copy renders as %q, want %q", copied.String(), orig.String())
	}
	c.Attr[0].Val = "changed"
	FindElement(c, atom.B).FirstChild.Data = "changed"
	if Attr(div, "id") != "a" || FindElement(div, atom.B).FirstChild.Data != "two" {
		t.Error("changing the copy changed the original")
	}
	if !HasAttr(FindElement(div, atom.P), "class") || HasAttr(div, "class") {
		t.Error("HasAttr is wrong")
	}
}
