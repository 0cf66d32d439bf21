package htmlpath

import (
	"context"
	"log/slog"
	"net/url"
	"strings"

	"github.com/artext/artext/internal/document"
	"golang.org/x/net/html"
)

// chooseContent decides between readability's result (root and its
// blocks) and the fallback candidate c, and returns the one to keep. In
// Precision mode, when most of readability's text lies in the named
// content container, the blocks readability added around it go.
func chooseContent(root *html.Node, blocks []document.Block, c *candidate, mode Mode, pageURL *url.URL, log *slog.Logger) (*html.Node, []document.Block) {
	lenR := blocksLen(blocks)
	confine := c.kind == namedContainer && mode == Precision
	if !confine && !mayUseCandidate(lenR, c, mode) {
		return root, blocks
	}
	cblocks := splitBlocks(c.node)
	lenC := blocksLen(cblocks)
	ctext := blocksText(cblocks)
	inC := overlap(blocks, ctext)
	use := useCandidate(lenR, lenC, inC, c.kind, mode)
	if log.Enabled(context.Background(), slog.LevelDebug) {
		log.Debug("candidate", "kind", c.kind.String(), "readability", lenR, "candidate", lenC,
			"inCandidate", inC, "chosen", use)
	}
	if use {
		resolveURLs(c.node, pageURL)
		return c.node, cblocks
	}
	if confine && inC >= confineOverlap {
		blocks = confineBlocks(blocks, ctext)
	}
	return root, blocks
}

// confineOverlap is the share of readability's text that must lie in the
// named container for the rest to be taken for what readability added
// around the article (Precision mode: in balanced mode, as many lines of
// the article go as lines of boilerplate).
const confineOverlap = 0.7

// confineBlocks drops the blocks whose text is not in ctext, the text of
// the named content container, and their nodes.
func confineBlocks(blocks []document.Block, ctext string) []document.Block {
	kept := blocks[:0:0]
	for _, b := range blocks {
		if strings.Contains(ctext, b.Text) {
			kept = append(kept, b)
		} else {
			detach(b.Nodes)
		}
	}
	return kept
}

// The rules for choosing the candidate over readability's result. They
// were set on trafilatura's evaluation set (see docs/quality.md for the
// figures).
const (
	// subBlockRatio: readability took a part of the container only (a
	// recipe's ingredients without its steps, an article's last section)
	// when the container has this many times its text and holds all of it.
	subBlockRatio       = 1.75
	recallSubBlockRatio = 1.25
	// maxSubBlockRatio: a container with more than this many times
	// readability's text holds more than the article (a gallery, a feed),
	// and readability's choice stands.
	maxSubBlockRatio = 5
	// subBlockOverlap is the share of readability's text that must lie in
	// the candidate for it to be the larger whole.
	subBlockOverlap = 0.9
	// strayLen and strayOverlap: readability took something else than the
	// named container (an author box, a sidebar widget) when its text is
	// shorter than strayLen and hardly any of it lies in the container, as
	// happens with short articles. Below strayLenUnnamed, the same holds of
	// an <article> or <main> element that has more text than readability's
	// result.
	strayLen        = 500
	strayLenUnnamed = 1000
	strayOverlap    = 0.1
)

// mayUseCandidate reports whether useCandidate could choose c, from the
// length of readability's text and the size of c alone: a cheap test that
// spares splitting the candidate on most pages.
func mayUseCandidate(lenR int, c *candidate, mode Mode) bool {
	switch {
	case lenR == 0:
		return true
	case mode == Precision:
		return false
	case c.kind == namedContainer && lenR < strayLen || lenR < strayLenUnnamed && c.size >= lenR:
		return true
	case mode == Recall:
		return float64(c.size) >= recallSubBlockRatio*float64(lenR)
	}
	return float64(c.size) >= subBlockRatio*float64(lenR)
}

// useCandidate is the rule for choosing the candidate over readability's
// result, from the lengths of their texts (lenR, lenC) and the share of
// readability's text that lies inside the candidate (inC). A <main>
// element is taken only in Recall mode: it holds too much else.
func useCandidate(lenR, lenC int, inC float64, kind candidateKind, mode Mode) bool {
	switch {
	case lenR == 0:
		return lenC > 0
	case mode == Precision:
		return false
	case inC < strayOverlap && (kind == namedContainer && lenR < strayLen || lenR < strayLenUnnamed && lenC >= lenR):
		return true
	case inC < subBlockOverlap || float64(lenC) > maxSubBlockRatio*float64(lenR):
		return false
	case mode == Recall:
		return float64(lenC) >= recallSubBlockRatio*float64(lenR)
	}
	return kind != mainElement && float64(lenC) >= subBlockRatio*float64(lenR)
}

func blocksLen(blocks []document.Block) int {
	n := 0
	for _, b := range blocks {
		n += len(b.Text)
	}
	return n
}
