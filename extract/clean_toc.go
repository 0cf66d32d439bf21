package extract

import (
	"strings"

	"github.com/artext/artext/boilerplate"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// markTablesOfContents marks, in drop, the lists whose every item is a
// link to a place on the same page (href="#..."): a table of contents,
// which repeats the headings of the text. The heading just before it
// ("Contents") goes with it.
func markTablesOfContents(blocks []htmlBlock, drop []string) {
	for i := 0; i < len(blocks); {
		list := blocks[i].list
		if blocks[i].Kind != boilerplate.ListItem || list == nil {
			i++
			continue
		}
		j := i
		all := true
		for j < len(blocks) && blocks[j].list == list {
			all = all && isAnchorItem(blocks[j])
			j++
		}
		if all && j-i >= 3 {
			for k := i; k < j; k++ {
				drop[k] = "structure/table-of-contents"
			}
			if h := i - 1; h >= 0 && blocks[h].Kind == boilerplate.Heading && len(blocks[h].Text) <= maxAnnounceHeading {
				drop[h] = "structure/table-of-contents"
			}
		}
		i = j
	}
}

// isAnchorItem reports whether the list item b is mostly a link to a
// fragment of the page.
func isAnchorItem(b htmlBlock) bool {
	anchor := 0
	for _, n := range b.nodes {
		anchor += anchorTextLen(n, false)
	}
	return float64(anchor) >= linkListDensity*float64(len(b.Text))
}

// anchorTextLen is linkTextLen for links whose href starts with "#".
func anchorTextLen(n *html.Node, inAnchor bool) int {
	switch n.Type {
	case html.TextNode:
		if inAnchor {
			return len(strings.Join(strings.Fields(n.Data), " "))
		}
		return 0
	case html.ElementNode:
		if isSkipped(n.DataAtom) {
			return 0
		}
		if n.DataAtom == atom.A {
			inAnchor = strings.HasPrefix(strings.TrimSpace(attr(n, "href")), "#")
		}
	}
	total := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		total += anchorTextLen(c, inAnchor)
	}
	return total
}
