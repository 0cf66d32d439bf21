package boilerplate

// Kind says what sort of text a [Block] holds.
type Kind uint8

// The kinds of block.
const (
	Paragraph Kind = iota // a paragraph of prose, or a block of unknown kind
	Heading               // a heading (h1 to h6, or a Markdown heading)
	ListItem              // an item of a list
	Caption               // a figure caption or a photo credit
	Line                  // a single line of plain text
	Quote                 // a block quotation
	Code                  // preformatted text
	TableCell             // the text of a table row or cell
)

var kindNames = [...]string{"paragraph", "heading", "list-item", "caption", "line", "quote", "code", "table-cell"}

// String returns the kind's name as used in reports: "paragraph", "heading",
// "list-item", "caption", "line", "quote", "code" or "table-cell".
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// Block is one unit of a document's text, as the rules see it.
//
// Its position in the document is its index in the slice given to
// [RuleSet.Apply]; whether it is the first or the last block follows from it.
type Block struct {
	// Text is the block's text, with the spacing of the document. The rules
	// fold case, quotes, dashes and spacing themselves.
	Text string
	// Kind says what sort of block this is.
	Kind Kind
	// InList reports whether the block stands inside a list.
	InList bool
	// InFigure reports whether the block stands inside a figure.
	InFigure bool
}
