package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageScan is what one walk over a page's body finds: the length of the
// text under each element and the elements that may hold the article.
type pageScan struct {
	body    *html.Node
	textLen map[*html.Node]int // bytes of visible text under each element, spaces trimmed
	// container is the largest element that the markup names as the
	// article's body: itemprop=articleBody, or a class such as
	// entry-content or article-body.
	container *html.Node
	article   *html.Node   // the <article> element with the most text
	main      *html.Node   // the <main> element, or role=main, with the most text
	titles    []*html.Node // the h1 elements
}

// scanPage walks the body of doc once. It returns nil when doc has no body.
func scanPage(doc *html.Node) *pageScan {
	body := findElement(doc, atom.Body)
	if body == nil {
		return nil
	}
	s := &pageScan{body: body, textLen: make(map[*html.Node]int)}
	s.measure(body)
	return s
}

// measure records the length of the text under n and of each element
// below it, and keeps the elements that may hold the article.
func (s *pageScan) measure(n *html.Node) int {
	total := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			total += len(strings.TrimSpace(c.Data))
		case html.ElementNode:
			if skippedElements[c.DataAtom] {
				continue
			}
			total += s.measure(c)
		}
	}
	s.textLen[n] = total
	switch {
	case n.DataAtom == atom.H1:
		s.titles = append(s.titles, n)
	case n.DataAtom == atom.Article:
		s.article = s.larger(s.article, n)
	case n.DataAtom == atom.Main || hasAttr(n, "role", "main"):
		s.main = s.larger(s.main, n)
	}
	if isContentContainer(n) {
		s.container = s.larger(s.container, n)
	}
	return total
}

// larger returns whichever of a and b holds more text; a when b is nil.
func (s *pageScan) larger(a, b *html.Node) *html.Node {
	if a == nil || s.textLen[b] > s.textLen[a] {
		return b
	}
	return a
}

func hasAttr(n *html.Node, key, val string) bool {
	for _, a := range n.Attr {
		if a.Key == key && strings.EqualFold(strings.TrimSpace(a.Val), val) {
			return true
		}
	}
	return false
}

// findElement returns the first element of type a under n, depth first.
func findElement(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findElement(c, a); f != nil {
			return f
		}
	}
	return nil
}
