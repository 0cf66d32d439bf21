package extract

import (
	"fmt"

	"github.com/artext/artext/internal/htmlpath"
)

// Mode trades the precision of the extracted text for its recall.
type Mode int

// The modes.
const (
	// Balanced, the default, prunes the elements whose markup strongly
	// marks them as boilerplate, takes captions out of the body, drops
	// lists of links and link paragraphs after the last paragraph and
	// headings left without a section, and falls back on the page's
	// content container when readability finds nothing, a part of it only,
	// or a stray block.
	Balanced Mode = iota
	// Precision removes more: it prunes on weaker signs too (metadata,
	// tags, widgets), drops lists of links and link paragraphs anywhere,
	// tables of contents and the short blocks after the last paragraph,
	// keeps only what lies in the named content container when most of
	// readability's text does, and falls back only when readability finds
	// nothing. When all this leaves no text, the page is extracted in
	// Balanced mode instead (from a copy taken first, which costs time).
	Precision
	// Recall keeps more: only what the markup strongly marks as
	// boilerplate is pruned (it helps readability find the article),
	// captions stay in the body, no block is dropped for its structure,
	// and the fallback takes the content container, or the <main>
	// element, more readily.
	Recall
)

// String returns the mode's name: balanced, precision or recall.
func (m Mode) String() string {
	switch m {
	case Precision:
		return "precision"
	case Recall:
		return "recall"
	case Balanced:
		return "balanced"
	}
	return fmt.Sprintf("Mode(%d)", int(m))
}

// htmlMode returns the mode as the HTML path takes it.
func (m Mode) htmlMode() htmlpath.Mode {
	switch m {
	case Precision:
		return htmlpath.Precision
	case Recall:
		return htmlpath.Recall
	}
	return htmlpath.Balanced
}
