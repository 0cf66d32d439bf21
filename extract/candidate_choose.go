package extract

import (
	"context"
	"log/slog"

	"golang.org/x/net/html"
)

// chooseContent decides between readability's result (root and its
// blocks) and the fallback candidate c, and returns the one to keep.
func chooseContent(root *html.Node, blocks []htmlBlock, c *candidate, mode Mode, log *slog.Logger) (*html.Node, []htmlBlock) {
	cblocks := splitBlocks(c.node)
	lenR, lenC := blocksLen(blocks), blocksLen(cblocks)
	inC := overlap(blocks, blocksText(cblocks))
	use := useCandidate(lenR, lenC, inC, c.kind, mode)
	if log.Enabled(context.Background(), slog.LevelDebug) {
		log.Debug("candidate", "kind", c.kind.String(), "readability", lenR, "candidate", lenC,
			"inCandidate", inC, "chosen", use, "candidateText", blocksText(cblocks), "readabilityText", blocksText(blocks))
	}
	if use {
		return c.node, cblocks
	}
	return root, blocks
}

// useCandidate is the rule for choosing the candidate over readability's
// result, from the length of their texts and the share of readability's
// text that lies inside the candidate.
func useCandidate(lenR, lenC int, inC float64, kind candidateKind, mode Mode) bool {
	if lenR == 0 {
		return lenC > 0
	}
	return false
}

func blocksLen(blocks []htmlBlock) int {
	n := 0
	for _, b := range blocks {
		n += len(b.Text)
	}
	return n
}
