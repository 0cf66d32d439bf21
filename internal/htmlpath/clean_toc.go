package htmlpath

import (
	"strings"

	"github.com/artext/artext/boilerplate"
	"github.com/artext/artext/internal/document"
	"github.com/artext/artext/internal/htmlutil"
	"golang.org/x/net/html"
)

// markTablesOfContents marks, in drop, the lists whose every item is a
// link to a place on the same page (href="#..."): a table of contents,
// which repeats the headings of the text. The heading just before it
// ("Contents") goes with it.
func markTablesOfContents(blocks []document.Block, drop []string) {
	for i := 0; i < len(blocks); {
		list := blocks[i].List
		if blocks[i].Kind != boilerplate.ListItem || list == nil {
			i++
			continue
		}
		j := i
		all := true
		for j < len(blocks) && blocks[j].List == list {
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
func isAnchorItem(b document.Block) bool {
	anchor := 0
	for _, n := range b.Nodes {
		anchor += linkedTextLen(n, false, isFragmentLink)
	}
	return float64(anchor) >= linkListDensity*float64(len(b.Text))
}

// isFragmentLink reports whether the link a leads to a place in its own
// page: its href starts with "#".
func isFragmentLink(a *html.Node) bool {
	return strings.HasPrefix(strings.TrimSpace(htmlutil.Attr(a, "href")), "#")
}
