package pagekind

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Item is one item of a collection or listing: a product card, a result,
// a teaser.
type Item struct {
	Node *html.Node
	// Text is the item's text: its title, and its short text, price or
	// rating, without its buttons.
	Text string
}

// Items returns the items of a collection or listing page: the largest
// group of sibling containers with one tag and class that each hold a link
// and 2 to 120 words, with the groups of the same signature elsewhere on
// the page (a grid cut into rows), in document order. Groups under page
// chrome (menus, footers, facets) are not candidates. It returns nil
// when no group of three items or more is found.
func Items(doc *html.Node) []Item {
	st := measure(doc)
	card := func(n *html.Node) bool {
		switch n.DataAtom {
		case atom.P, atom.Span, atom.A, atom.Br, atom.Img, atom.Option, atom.Td, atom.Th:
			return false
		}
		s := st[n]
		return s.words >= 2 && s.words <= 120 && s.linkWords > 0 && hasLink(n)
	}
	type candidate struct {
		members []*html.Node
		score   int
	}
	var best candidate
	bySig := map[string][]*html.Node{}
	for parent, s := range st {
		if s.words < 6 || underChrome(parent) {
			continue
		}
		for _, g := range childGroups(parent, st, card) {
			if len(g) < 3 {
				continue
			}
			k := signature(parent) + ">" + signature(g[0])
			bySig[k] = append(bySig[k], g...)
			score := 0
			for _, m := range g {
				score += st[m].words
			}
			if score > best.score {
				best = candidate{g, score}
			}
		}
	}
	if best.members == nil {
		return nil
	}
	members := bySig[signature(best.members[0].Parent)+">"+signature(best.members[0])]
	members = inDocumentOrder(doc, members)
	items := make([]Item, 0, len(members))
	for _, m := range members {
		items = append(items, Item{Node: m, Text: Text(m, isChrome)})
	}
	return items
}

// hasLink reports whether n is or holds a link.
func hasLink(n *html.Node) bool {
	return n.DataAtom == atom.A || find(n, func(c *html.Node) bool { return c.DataAtom == atom.A }) != nil
}

// underChrome reports whether n or an ancestor is page chrome.
func underChrome(n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n.Type == html.ElementNode && (isChrome(n) || hasWord(n, facetWords)) {
			return true
		}
	}
	return false
}

// facetWords are class and id words of a listing's filters, sorting and
// pagination.
var facetWords = wordSet("filter filters facet facets refine refinement refinements sort sorting sortby pagination pager paging")

// inDocumentOrder returns the nodes of set in the order of the document.
func inDocumentOrder(doc *html.Node, set []*html.Node) []*html.Node {
	want := map[*html.Node]bool{}
	for _, n := range set {
		want[n] = true
	}
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if want[n] {
			out = append(out, n)
			delete(want, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return out
}

// ListText returns the page's first heading and its items' texts, a line
// or more per item.
func ListText(doc *html.Node, items []Item) string {
	var parts []string
	if h := find(body(doc), func(n *html.Node) bool { return n.DataAtom == atom.H1 }); h != nil {
		parts = append(parts, Text(h, nil))
	}
	for _, it := range items {
		if it.Text != "" {
			parts = append(parts, it.Text)
		}
	}
	return strings.Join(parts, "\n")
}
