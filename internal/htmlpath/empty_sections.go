package htmlpath

import (
	"strings"

	"github.com/artext/artext/boilerplate"
	"github.com/artext/artext/internal/document"
	"golang.org/x/net/html/atom"
)

// maxTrailingLabel is the longest block, in bytes, taken for a label that
// announces what follows it ("Related articles:", "Contact:").
const maxTrailingLabel = 80

// dropEmptySections excludes from the body the short headings whose
// section holds nothing, once the boilerplate is gone: a heading followed
// by a heading of the same or a higher level, or by the end of the text,
// announced what was removed ("Related articles", "Comments"). Long
// headings are sentences set as headings, and stay. A short label ending
// in a colon at the end of the text goes for the same reason. A text of
// headings only is kept whole, and so is every text in Recall mode. It
// looks at the blocks of the body only, sets the Excluded of those it
// drops and removes their nodes from the tree.
func dropEmptySections(blocks []document.Block, mode Mode) {
	if mode == Recall {
		return
	}
	var body []int // the indexes of the blocks of the body
	for i := range blocks {
		if blocks[i].InBody() {
			body = append(body, i)
		}
	}
	drop := make([]bool, len(body))
	next := -1 // the index in body of the next block kept, -1 at the end
	for k := len(body) - 1; k >= 0; k-- {
		b := &blocks[body[k]]
		switch {
		case b.Kind == boilerplate.Heading && len(b.Text) <= maxTrailingLabel:
			drop[k] = next < 0 || blocks[body[next]].Kind == boilerplate.Heading && headingLevel(&blocks[body[next]]) <= headingLevel(b)
		case next < 0:
			drop[k] = len(b.Text) <= maxTrailingLabel && strings.HasSuffix(b.Text, ":")
		}
		if !drop[k] {
			next = k
		}
	}
	if next < 0 {
		return // nothing but headings: keep them
	}
	for k, i := range body {
		if drop[k] {
			blocks[i].Excluded = document.Exclusion{Reason: "structure/empty-section", Action: boilerplate.Drop}
			detach(blocks[i].Nodes)
		}
	}
}

// headingLevel returns 1 to 6 for a heading block made of an h1 to h6
// element, 7 for other headings.
func headingLevel(b *document.Block) int {
	if len(b.Nodes) == 1 {
		switch b.Nodes[0].DataAtom {
		case atom.H1:
			return 1
		case atom.H2:
			return 2
		case atom.H3:
			return 3
		case atom.H4:
			return 4
		case atom.H5:
			return 5
		case atom.H6:
			return 6
		}
	}
	return 7
}
