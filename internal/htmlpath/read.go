package htmlpath

import (
	"context"
	"log/slog"
	"net/url"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/artext/artext/internal/document"
	"github.com/artext/artext/internal/meta"
	"golang.org/x/net/html"
)

// Settings are what the HTML path needs to know of an extraction.
type Settings struct {
	// Mode trades precision for recall.
	Mode Mode
	// Explain has pruning report the text of every element it takes out,
	// which costs time.
	Explain bool
	// PageURL is the page's address, nil when unknown: relative links
	// resolve against it, and it is metadata.
	PageURL *url.URL
	// Logger receives debug messages; it must not be nil.
	Logger *slog.Logger
}

// A Page is an HTML page read by Read: its document, to be judged by the
// boilerplate rules, then settled.
type Page struct {
	doc  document.Document
	mode Mode
}

// Read finds the article of the page doc and returns it as a document,
// mutating doc: it collects the page's metadata, prunes the elements whose
// markup marks them as boilerplate, finds the main content with
// readability (or takes the page's content container instead, when the
// rules of chooseContent say so), puts back the lead readability left
// out, splits the content into blocks and excludes from the body those
// whose structure shows them to be boilerplate (see cleanBlocks).
//
// When neither readability nor the content container holds anything, the
// document has no blocks, no root, and the metadata only.
func Read(ctx context.Context, doc *html.Node, s Settings) (*Page, error) {
	found := meta.Collect(doc, s.PageURL)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	prep := preparePage(doc, s.Mode, s.Explain, s.Logger)

	parser := readability.NewParser()
	parser.Logger = s.Logger
	// The page's JSON-LD was read by meta.Collect already.
	parser.DisableJSONLD = true
	ra, err := parser.ParseAndMutate(doc, s.PageURL)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	p := &Page{mode: s.Mode}
	p.doc.Meta = found.Decide(ra)
	setAtoms(ra.Node)
	root, blocks := prep.content(ra.Node, s.Mode, s.PageURL, s.Logger)
	if root == nil {
		return p, nil
	}
	cleanBlocks(blocks, s.Mode)
	p.doc.Blocks, p.doc.Start, p.doc.End = blocks, 0, len(blocks)
	p.doc.Captions, p.doc.Removed = prep.captions, prep.removed
	p.doc.Root = root
	return p, nil
}

// Document returns the page's document.
func (p *Page) Document() *document.Document { return &p.doc }

// Settle finishes the document once the boilerplate rules have judged its
// blocks: it removes the nodes of the blocks they removed from the
// article's tree, then excludes the headings left with nothing under them
// (see dropEmptySections).
func (p *Page) Settle() {
	for i := range p.doc.Blocks {
		if !p.doc.Blocks[i].Decision.Kept() {
			detach(p.doc.Blocks[i].Nodes)
		}
	}
	dropEmptySections(p.doc.Blocks, p.mode)
}
