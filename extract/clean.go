package extract

import (
	"github.com/artext/artext/boilerplate"
)

// cleanBlocks takes out of the article's blocks what its structure shows
// to be boilerplate, before the phrase rules run: lists of links to other
// pages and the heading that announces them, short paragraphs that are
// mostly a link, and in Precision mode tables of contents and the short
// blocks after the last paragraph. It removes the
// nodes of those blocks from the tree and returns the blocks kept and,
// when explain is set, what was removed. In Recall mode it keeps every
// block.
func cleanBlocks(blocks []htmlBlock, mode Mode, explain bool) (kept []htmlBlock, removed []boilerplate.Removal) {
	if mode == Recall {
		return blocks, nil
	}
	drop := make([]string, len(blocks)) // the reason each block is dropped, or ""
	markLinkLists(blocks, mode, drop)
	markLinkParagraphs(blocks, mode, drop)
	if mode == Precision {
		markTablesOfContents(blocks, drop)
		markShortTail(blocks, drop)
	}
	kept = blocks[:0:0]
	for i, b := range blocks {
		if drop[i] == "" {
			kept = append(kept, b)
			continue
		}
		detach(b.nodes)
		if explain {
			removed = append(removed, boilerplate.Removal{Rule: drop[i], Category: "structure", Action: boilerplate.Drop, Text: b.Text})
		}
	}
	return kept, removed
}
