package htmlpath

import (
	"net/url"
	"strings"

	"github.com/artext/artext/internal/document"
	"github.com/artext/artext/internal/htmlutil"
	"golang.org/x/net/html"
)

// minCandidateText is the least text, in bytes, that a fallback candidate
// must hold to be considered.
const minCandidateText = 150

// candidateKind says how a fallback candidate was found.
type candidateKind int

const (
	namedContainer candidateKind = iota // itemprop=articleBody, entry-content, ...
	articleElement                      // the largest <article>
	mainElement                         // the largest <main> or role=main
)

func (k candidateKind) String() string {
	return [...]string{"container", "article", "main"}[k]
}

// candidate is the second strategy's guess at the article: an element the
// markup points to, copied before readability changes the document.
type candidate struct {
	node *html.Node
	kind candidateKind
	size int // bytes of visible text in node
}

// findCandidate returns a copy of the element the markup names as the
// article's container, else of the largest <article>, else of <main>; or
// nil when none of them is still in the page with enough text. The copy
// costs time in proportion to the element's size.
func (s *pageScan) findCandidate() *candidate {
	for kind, nodes := range [][]*html.Node{s.containers, s.articles, s.mains} {
		if n := s.largest(nodes); n != nil && s.length(n) >= minCandidateText && s.attached(n) {
			c := &candidate{node: htmlutil.Clone(n), kind: candidateKind(kind)}
			c.size = visibleTextLen(c.node)
			return c
		}
	}
	return nil
}

// overlap measures how much of the text of blocks appears in text: the
// share of their bytes that belong to blocks found in it.
func overlap(blocks []document.Block, text string) float64 {
	found, total := 0, 0
	for _, b := range blocks {
		total += len(b.Text)
		if strings.Contains(text, b.Text) {
			found += len(b.Text)
		}
	}
	if total == 0 {
		return 0
	}
	return float64(found) / float64(total)
}

func blocksText(blocks []document.Block) string {
	var sb strings.Builder
	for _, b := range blocks {
		sb.WriteString(b.Text)
		sb.WriteByte('\n')
	}
	return sb.String()
}

// resolveURLs makes the links and media sources under n absolute,
// resolving them against base, as readability does for its own result.
func resolveURLs(n *html.Node, base *url.URL) {
	if base == nil {
		return
	}
	if n.Type == html.ElementNode {
		for i, a := range n.Attr {
			if a.Key != "href" && a.Key != "src" && a.Key != "poster" {
				continue
			}
			v := strings.TrimSpace(a.Val)
			if v == "" || strings.HasPrefix(v, "#") || strings.HasPrefix(v, "data:") {
				continue
			}
			if u, err := base.Parse(v); err == nil {
				n.Attr[i].Val = u.String()
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		resolveURLs(c, base)
	}
}
