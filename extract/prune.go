package extract

import (
	"context"
	"log/slog"
	"strings"

	"golang.org/x/net/html"
)

// wrapperShare is the share of the page's text above which an element is
// taken for a wrapper of the article, and never pruned.
const wrapperShare = 0.5

// prune removes from the page, before readability looks for the article,
// the elements whose tag, role, class or id mark them as boilerplate:
// navigation, share bars, related links, newsletter boxes, comments, author
// boxes, cookie banners, tables of contents. Guards keep the article: an
// element holding more than half of the page's text is a wrapper and
// stays, and so do the ancestors of the content container (see pageScan)
// and of the h1 titles. In Precision mode weak signs (metadata, tags,
// teasers, asides) prune too. Captions and photo credits are taken out
// too, and their text returned.
func (s *pageScan) prune(mode Mode, log *slog.Logger) (captions []string) {
	p := pruner{scan: s, minSignal: strongSignal, log: log}
	if mode == Precision {
		p.minSignal = weakSignal
	}
	p.limit = int(wrapperShare * float64(s.textLen[s.body]))
	p.protected = make(map[*html.Node]bool)
	for _, h := range append(s.titles, s.container) {
		for n := h; n != nil; n = n.Parent {
			p.protected[n] = true
		}
	}
	p.prune(s.body)
	return p.captions
}

type pruner struct {
	scan      *pageScan
	protected map[*html.Node]bool
	limit     int
	minSignal signal
	removed   int
	captions  []string
	log       *slog.Logger
}

// prune removes the marked elements under n.
func (p *pruner) prune(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && !skippedElements[c.DataAtom] {
			if p.scan.textLen[c] <= maxCaptionText && isCaption(c) {
				n.RemoveChild(c)
				if text := nodesText([]*html.Node{c}, false); text != "" {
					p.captions = append(p.captions, text)
				}
				if p.log.Enabled(context.Background(), slog.LevelDebug) {
					p.log.Debug("caption", "element", describeElement(c), "text", p.scan.textLen[c])
				}
			} else if p.removable(c) {
				n.RemoveChild(c)
				p.removed++
				if p.log.Enabled(context.Background(), slog.LevelDebug) {
					p.log.Debug("pruned", "element", describeElement(c), "text", p.scan.textLen[c])
				}
			} else {
				p.prune(c)
			}
		}
		c = next
	}
}

func (p *pruner) removable(n *html.Node) bool {
	if p.protected[n] || p.scan.textLen[n] > p.limit {
		return false
	}
	return markupSignal(n) >= p.minSignal
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
