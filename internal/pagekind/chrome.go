package pagekind

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// chromeWords are class and id words of page furniture: navigation,
// headers and footers, consent banners, sharing and voting widgets,
// recommendations.
var chromeWords = wordSet("nav navbar navigation menu menubar megamenu header masthead footer breadcrumb breadcrumbs " +
	"cookie cookies consent gdpr newsletter subscribe signup modal popup overlay drawer offcanvas " +
	"share sharing social vote votes voting upvote downvote signature sig reactions " +
	"related recommended recommendations recommendation upsell crosssell carousel " +
	"skip sidebar widget advert advertisement ads ad sponsored promo toolbar")

// isChrome reports whether n is page furniture rather than content: a
// navigation, header, footer, aside, form control, or an element whose
// class, id or role names chrome.
func isChrome(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Header, atom.Footer:
		// A header or footer of the page, not one of an article or post.
		return !inContent(n)
	case atom.Nav, atom.Aside, atom.Form, atom.Button, atom.Select, atom.Input,
		atom.Textarea, atom.Label, atom.Dialog, atom.Menu:
		return true
	}
	switch strings.ToLower(attr(n, "role")) {
	case "navigation", "banner", "contentinfo", "search", "dialog", "menu", "menubar", "toolbar", "button", "complementary":
		return true
	}
	return hasWord(n, chromeWords)
}

// inContent reports whether n is inside an article or main element.
func inContent(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Article || p.DataAtom == atom.Main {
			return true
		}
	}
	return false
}

// hasWord reports whether a word of n's class or id is in set.
func hasWord(n *html.Node, set map[string]bool) bool {
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		for _, w := range classWords(a.Val) {
			if set[w] {
				return true
			}
		}
	}
	return false
}

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// classWords splits a class or id value into lower-cased words at
// anything that is not a letter and at a lower-to-upper case change.
func classWords(v string) []string {
	var out []string
	start := -1
	prevLower := false
	flush := func(i int) {
		if start >= 0 && i-start >= 2 {
			out = append(out, strings.ToLower(v[start:i]))
		}
		start = -1
	}
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c >= 'a' && c <= 'z':
			if start < 0 {
				start = i
			}
			prevLower = true
		case c >= 'A' && c <= 'Z':
			if prevLower {
				flush(i)
			}
			if start < 0 {
				start = i
			}
			prevLower = false
		default:
			flush(i)
			prevLower = false
		}
	}
	flush(len(v))
	return out
}

// body returns the document's body element, or doc itself.
func body(doc *html.Node) *html.Node {
	if b := find(doc, func(n *html.Node) bool { return n.DataAtom == atom.Body }); b != nil {
		return b
	}
	return doc
}

// find returns the first element under n, in document order, for which
// ok is true.
func find(n *html.Node, ok func(*html.Node) bool) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && ok(c) {
			return c
		}
		if f := find(c, ok); f != nil {
			return f
		}
	}
	return nil
}

// PageText returns the text of the page's body without its chrome: every
// section's heading and text, as a service page's main content is taken.
func PageText(doc *html.Node) string {
	return Text(body(doc), isChrome)
}
