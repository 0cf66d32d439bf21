package document

import (
	"github.com/artext/artext/boilerplate"
	"golang.org/x/net/html"
)

// A Block is a block of a page's text: a paragraph, a heading, a list
// item, a line, a quotation, a table row or a code block.
type Block struct {
	// Block is the block as the boilerplate rules see it: its text, its
	// kind, and whether it stands in a list or a figure.
	boilerplate.Block

	// Where the block came from. A block of an HTML page has Nodes, the
	// nodes that hold its text (one element, or a run of inline siblings
	// inside a larger one), and List, the list it is an item of, if any;
	// a block of a text has Lines.
	Nodes []*html.Node
	List  *html.Node
	Lines Lines

	// How a block of a text is rendered: Markdown is the block as a
	// Markdown input wrote it, Level the level of a heading (1 to 6, 0
	// when unknown) and Ordered whether a list item is numbered.
	Markdown string
	Level    int
	Ordered  bool

	// Role is what the text path made of the block; the HTML path leaves
	// it Unclassified.
	Role Role
	// Decision is the boilerplate rules' verdict on the block. Its zero
	// value keeps the block, as for a block the rules did not judge
	// because it was Excluded before they ran. Its Marker is an index into
	// the Blocks of the Document.
	Decision boilerplate.Decision
	// Excluded says why a block that the rules kept is left out of the
	// article's body; it is zero for a block of the body.
	Excluded Exclusion
}

// Lines are the lines of a text a block stands on: lines[Start:End].
type Lines struct {
	Start, End int
}

// An Exclusion is why a block that no boilerplate rule removed is left
// out of an article's body: its structure or its place on the page (a
// list of links, a heading with nothing under it, a line outside the
// article, a menu), rather than its words. It is reported as a removal of
// the category "structure".
type Exclusion struct {
	// Reason names the exclusion as the report names its rule:
	// "structure/link-list", "outside-article".
	Reason string
	// Action is boilerplate.Drop, or boilerplate.MoveToCaptions for a
	// photo caption.
	Action boilerplate.Action
}

// InBody reports whether the block belongs to the article's body: the
// rules kept it and nothing excluded it.
func (b *Block) InBody() bool {
	return b.Decision.Kept() && b.Excluded.Reason == ""
}

// Role is what a block is to the text path, from its words and its place.
type Role uint8

// The roles of blocks.
const (
	Unclassified Role = iota // the HTML path does not classify its blocks
	Short                    // a line that is not prose: a heading, a label, a link
	Prose                    // a paragraph of running text
	Furniture                // a menu, a form field, a placeholder, a border
	Caption                  // a photo caption or credit
	RuleRemoved              // a block that a boilerplate rule removed
)
