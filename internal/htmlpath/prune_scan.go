package htmlpath

import (
	"strings"

	"github.com/artext/artext/internal/htmlutil"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageScan is what one walk over a page's body finds: the length of its
// text, the elements that may hold the article and those that the markup
// marks as boilerplate or captions.
type pageScan struct {
	body  *html.Node
	total int // bytes of visible text in the body, spaces trimmed
	// containers are the elements that the markup names as the article's
	// body: itemprop=articleBody, or a class such as entry-content.
	containers []*html.Node
	articles   []*html.Node // the <article> elements
	mains      []*html.Node // the <main> elements, and role=main
	titles     []*html.Node // the h1 elements
	marked     []markedElement
	textLen    map[*html.Node]int // text lengths measured so far
}

// markedElement is an element whose markup says it may be boilerplate or
// a caption.
type markedElement struct {
	node *html.Node
	markup
}

// scanPage walks the body of doc once. It returns nil when doc has no body.
func scanPage(doc *html.Node) *pageScan {
	body := htmlutil.FindElement(doc, atom.Body)
	if body == nil {
		return nil
	}
	s := &pageScan{body: body}
	s.walk(body)
	return s
}

func (s *pageScan) walk(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			s.total += len(strings.TrimSpace(c.Data))
		case html.ElementNode:
			if htmlutil.IsSkipped(c.DataAtom) {
				continue
			}
			m := readMarkup(c)
			if m.signal > noSignal || m.caption {
				s.marked = append(s.marked, markedElement{c, m})
			}
			switch {
			case m.container:
				s.containers = append(s.containers, c)
			case c.DataAtom == atom.H1:
				s.titles = append(s.titles, c)
			case c.DataAtom == atom.Article:
				s.articles = append(s.articles, c)
			case c.DataAtom == atom.Main || m.main:
				s.mains = append(s.mains, c)
			}
			s.walk(c)
		}
	}
}

// length returns the number of bytes of visible text under n, spaces
// trimmed, measuring it at first use.
func (s *pageScan) length(n *html.Node) int {
	if l, ok := s.textLen[n]; ok {
		return l
	}
	if s.textLen == nil {
		s.textLen = make(map[*html.Node]int)
	}
	l := visibleTextLen(n)
	s.textLen[n] = l
	return l
}

// visibleTextLen returns the number of bytes of visible text under n.
func visibleTextLen(n *html.Node) int {
	total := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			total += len(strings.TrimSpace(c.Data))
		case html.ElementNode:
			if !htmlutil.IsSkipped(c.DataAtom) {
				total += visibleTextLen(c)
			}
		}
	}
	return total
}

// largest returns the node of nodes with the most text, or nil.
func (s *pageScan) largest(nodes []*html.Node) *html.Node {
	var best *html.Node
	for _, n := range nodes {
		if best == nil || s.length(n) > s.length(best) {
			best = n
		}
	}
	return best
}

// attached reports whether n is still under the body, not pruned.
func (s *pageScan) attached(n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == s.body {
			return true
		}
	}
	return false
}
