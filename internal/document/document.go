package document

import (
	"github.com/artext/artext/boilerplate"
	"golang.org/x/net/html"
)

// A Document is a page on its way to becoming an article: its blocks in
// document order, the metadata found, and what was taken out of it before
// it was split into blocks.
type Document struct {
	// Blocks are the blocks of the page, in document order: for an HTML
	// page, those of the content the HTML path chose; for a text, all of
	// its blocks.
	Blocks []Block
	// Start and End delimit the article among Blocks: Blocks[Start:End].
	// The blocks around it are the page's header and footer, as a text
	// has them; an HTML page's blocks are all the article's.
	Start, End int
	// Meta is the metadata found.
	Meta Metadata
	// Captions are the photo captions taken out of the page before it was
	// split into blocks, in document order.
	Captions []string
	// Removed are the parts of the page taken out before it was split into
	// blocks, when the extraction reports them (it costs time), in document
	// order.
	Removed []Removal
	// Root is the tree of an HTML page's article, which the Markdown and
	// HTML renderings are made from; it is nil for a text, whose
	// renderings are made from its blocks.
	Root *html.Node
}

// A Removal is a part of a page taken out before the page was split into
// blocks, with where it was.
type Removal struct {
	boilerplate.Removal
	// Node is the element taken out.
	Node *html.Node
}
