package htmlpath

import (
	"github.com/artext/artext/boilerplate"
	"github.com/artext/artext/internal/document"
)

// cleanBlocks excludes from the article's body what its structure shows
// to be boilerplate, before the phrase rules run: lists of links to other
// pages and the heading that announces them, short paragraphs that are
// mostly a link, and in Precision mode tables of contents and the short
// blocks after the last paragraph. It sets the Excluded of those blocks,
// which the rules then do not see, and removes their nodes from the tree.
// In Recall mode it keeps every block.
func cleanBlocks(blocks []document.Block, mode Mode) {
	if mode == Recall {
		return
	}
	drop := make([]string, len(blocks)) // the reason each block is dropped, or ""
	markLinkLists(blocks, mode, drop)
	markLinkParagraphs(blocks, mode, drop)
	if mode == Precision {
		markTablesOfContents(blocks, drop)
		markShortTail(blocks, drop)
	}
	for i := range blocks {
		if drop[i] != "" {
			blocks[i].Excluded = document.Exclusion{Reason: drop[i], Action: boilerplate.Drop}
			detach(blocks[i].Nodes)
		}
	}
}
