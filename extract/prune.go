package extract

import (
	"context"
	"log/slog"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// wrapperShare is the share of the page's text above which an element is
// taken for a wrapper of the article, and never pruned.
const wrapperShare = 0.5

// pruneDocument removes from doc, before readability looks for the
// article, the elements whose tag, role, class or id mark them as
// boilerplate: navigation, share bars, related links, newsletter boxes,
// comments, author boxes, cookie banners, tables of contents. Guards keep
// the article: an element holding more than half of the page's text is a
// wrapper and stays, and so do the ancestors of the largest element named
// as the article's container (itemprop=articleBody, entry-content, ...)
// and those of the h1 titles.
// In Precision mode weak signs (metadata, tags, teasers, asides) prune too.
// pruneDocument walks the document twice and returns the number of
// elements removed.
func pruneDocument(doc *html.Node, mode Mode, log *slog.Logger) int {
	body := findElement(doc, atom.Body)
	if body == nil {
		return 0
	}
	p := pruner{textLen: make(map[*html.Node]int), minSignal: strongSignal, log: log}
	if mode == Precision {
		p.minSignal = weakSignal
	}
	total := p.measure(body)
	p.limit = int(wrapperShare * float64(total))
	p.protected = make(map[*html.Node]bool)
	for n := p.container; n != nil; n = n.Parent {
		p.protected[n] = true
	}
	for _, h := range p.titles {
		for n := h; n != nil; n = n.Parent {
			p.protected[n] = true
		}
	}
	p.prune(body)
	return p.removed
}

type pruner struct {
	textLen   map[*html.Node]int // text bytes under each element
	container *html.Node         // the largest element named as the article's container
	titles    []*html.Node       // the h1 elements
	protected map[*html.Node]bool
	limit     int
	minSignal signal
	removed   int
	log       *slog.Logger
}

// measure records the length of the text under n and of each element
// below it, and finds the largest content container.
func (p *pruner) measure(n *html.Node) int {
	total := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			total += len(strings.TrimSpace(c.Data))
		case html.ElementNode:
			if skippedElements[c.DataAtom] {
				continue
			}
			total += p.measure(c)
		}
	}
	p.textLen[n] = total
	if n.DataAtom == atom.H1 {
		p.titles = append(p.titles, n)
	}
	if total > p.textLen[p.container] && isContentContainer(n) {
		p.container = n
	}
	return total
}

// prune removes the marked elements under n.
func (p *pruner) prune(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && !skippedElements[c.DataAtom] {
			if p.removable(c) {
				n.RemoveChild(c)
				p.removed++
				if p.log.Enabled(context.Background(), slog.LevelDebug) {
					p.log.Debug("pruned", "element", describeElement(c), "text", p.textLen[c])
				}
			} else {
				p.prune(c)
			}
		}
		c = next
	}
}

func (p *pruner) removable(n *html.Node) bool {
	if p.protected[n] || p.textLen[n] > p.limit {
		return false
	}
	return markupSignal(n) >= p.minSignal
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

// describeElement returns the tag, id and classes of n, as a CSS selector
// would write them, for debug messages.
func describeElement(n *html.Node) string {
	var sb strings.Builder
	sb.WriteString(n.Data)
	for _, a := range n.Attr {
		switch a.Key {
		case "id":
			sb.WriteString("#" + a.Val)
		case "class":
			for _, c := range strings.Fields(a.Val) {
				sb.WriteString("." + c)
			}
		case "role":
			sb.WriteString("[role=" + a.Val + "]")
		}
	}
	return sb.String()
}
