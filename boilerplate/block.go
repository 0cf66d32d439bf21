package boilerplate

import (
	"fmt"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"
)

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

// Kinds is a set of kinds of block, written in a rule file as a list of
// their names: [paragraph, heading, list-item]. The empty set stands for
// every kind.
type Kinds []Kind

// UnmarshalYAML accepts a kind's name or a list of names.
func (k *Kinds) UnmarshalYAML(n *yaml.Node) error {
	var names []string
	switch n.Kind {
	case yaml.ScalarNode:
		names = []string{n.Value}
	case yaml.SequenceNode:
		if err := n.Decode(&names); err != nil {
			return err
		}
	default:
		return fmt.Errorf("line %d: kinds must be a kind or a list of kinds", n.Line)
	}
	*k = (*k)[:0]
	for _, name := range names {
		i := slices.Index(kindNames[:], strings.TrimSpace(name))
		if i < 0 {
			return fmt.Errorf("line %d: unknown kind %q (want %s)", n.Line, name, strings.Join(kindNames[:], ", "))
		}
		*k = append(*k, Kind(i))
	}
	return nil
}

// Has reports whether the set holds kind; the empty set holds every kind.
func (k Kinds) Has(kind Kind) bool {
	return len(k) == 0 || slices.Contains(k, kind)
}
