package htmlpath

import (
	"strings"

	"github.com/artext/artext/boilerplate"
	"github.com/artext/artext/internal/document"
	"github.com/artext/artext/internal/htmlutil"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// linkListDensity is the share of a list item's text inside links above
// which the item is a link; a list whose items all are is a list of links.
const linkListDensity = 0.8

// maxAnnounceHeading is the longest heading, in bytes, taken for the
// announcement of the list of links that follows it ("Related articles").
const maxAnnounceHeading = 60

// markLinkLists marks, in drop, the lists whose every item is a link to
// another page (related articles, "more from this site"), with the short
// heading just before such a list. Lists of fewer than minItems items are
// kept: a list of two links is as often part of the text. Outside
// Precision mode, only the lists after the last paragraph of prose go: a
// list of links amid the text is more often the author's.
func markLinkLists(blocks []document.Block, mode Mode, drop []string) {
	minItems, from := 3, lastProse(blocks)+1
	if mode == Precision {
		minItems, from = 2, 0
	}
	for i := from; i < len(blocks); {
		if blocks[i].Kind != boilerplate.ListItem || blocks[i].List == nil {
			i++
			continue
		}
		j := i
		all := true
		for j < len(blocks) && blocks[j].List == blocks[i].List {
			all = all && linkDensity(blocks[j].Nodes, len(blocks[j].Text)) >= linkListDensity
			j++
		}
		if all && j-i >= minItems {
			for k := i; k < j; k++ {
				drop[k] = "structure/link-list"
			}
			if h := i - 1; h >= 0 && blocks[h].Kind == boilerplate.Heading && len(blocks[h].Text) <= maxAnnounceHeading {
				drop[h] = "structure/link-list"
			}
		}
		i = j
	}
}

// linkDensity returns the share of textLen, the length of the text of
// nodes, that lies inside links.
func linkDensity(nodes []*html.Node, textLen int) float64 {
	if textLen == 0 {
		return 0
	}
	n := 0
	for _, node := range nodes {
		n += linkedTextLen(node, false, anyLink)
	}
	return float64(n) / float64(textLen)
}

// linkedTextLen returns the length of the text under n that lies inside a
// link that counts reports true for, spaces collapsed as in block texts.
func linkedTextLen(n *html.Node, inLink bool, counts func(a *html.Node) bool) int {
	switch n.Type {
	case html.TextNode:
		if inLink {
			return len(strings.Join(strings.Fields(n.Data), " "))
		}
		return 0
	case html.ElementNode:
		if htmlutil.IsSkipped(n.DataAtom) {
			return 0
		}
		if n.DataAtom == atom.A {
			inLink = counts(n)
		}
	}
	total := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		total += linkedTextLen(c, inLink, counts)
	}
	return total
}

// anyLink counts every link.
func anyLink(*html.Node) bool { return true }

// minProse is the length, in bytes, from which a paragraph counts as prose.
const minProse = 100

// lastProse returns the index of the last paragraph of prose, or -1.
func lastProse(blocks []document.Block) int {
	for i := len(blocks) - 1; i >= 0; i-- {
		if blocks[i].Kind == boilerplate.Paragraph && len(blocks[i].Text) >= minProse {
			return i
		}
	}
	return -1
}
