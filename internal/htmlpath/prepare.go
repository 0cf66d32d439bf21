package htmlpath

import (
	"log/slog"
	"net/url"

	"github.com/artext/artext/internal/document"
	"golang.org/x/net/html"
)

// pagePrep is what the page tells before readability changes it: the
// captions pruning took out, the lead under the title, and the candidate
// of the second strategy.
type pagePrep struct {
	captions []string
	removed  []document.Removal // what pruning took, when explaining
	lead     *html.Node
	cand     *candidate
}

// preparePage reads doc once, takes a copy of its lead (but in Precision
// mode) and of its content container, then prunes it (see
// pageScan.prune). It mutates doc.
func preparePage(doc *html.Node, mode Mode, explain bool, log *slog.Logger) *pagePrep {
	p := &pagePrep{}
	scan := scanPage(doc)
	if scan == nil {
		return p
	}
	if mode != Precision {
		p.lead = scan.findLead()
	}
	p.captions, p.removed = scan.prune(mode, explain, log)
	p.cand = scan.findCandidate()
	return p
}

// content returns the article's root and blocks from readability's result
// root (nil when it found nothing): readability's, or the candidate's when
// the rules of chooseContent take it, with the lead put back first. It
// returns a nil root when neither holds anything.
func (p *pagePrep) content(root *html.Node, mode Mode, pageURL *url.URL, log *slog.Logger) (*html.Node, []document.Block) {
	var blocks []document.Block
	if root != nil {
		blocks = splitBlocks(root)
	}
	if p.cand != nil {
		root, blocks = chooseContent(root, blocks, p.cand, mode, pageURL, log)
	}
	if root != nil && p.lead != nil {
		blocks = addLead(root, blocks, p.lead)
	}
	return root, blocks
}
