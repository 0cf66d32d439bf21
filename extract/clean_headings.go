package extract

import (
	"strings"

	"github.com/artext/artext/boilerplate"
	"golang.org/x/net/html/atom"
)

// maxTrailingLabel is the longest block, in bytes, taken for a label that
// announces what follows it ("Related articles:", "Contact:").
const maxTrailingLabel = 80

// dropEmptySections removes the short headings whose section holds
// nothing, once the boilerplate is gone: a heading followed by a heading of
// the same or a higher level, or by the end of the text, announced what was
// removed ("Related articles", "Comments"). Long headings are sentences set
// as headings, and stay. A short label ending in a colon at the end of the
// text goes for the same reason. A text of headings only is kept whole,
// and so is every text in Recall mode. dropEmptySections returns the
// blocks kept and, when explain is set, adds what it removed to removed.
func dropEmptySections(blocks []htmlBlock, mode Mode, explain bool, removed []boilerplate.Removal) ([]htmlBlock, []boilerplate.Removal) {
	if mode == Recall {
		return blocks, removed
	}
	drop := make([]bool, len(blocks))
	next := -1 // the index of the next block kept, -1 at the end
	for i := len(blocks) - 1; i >= 0; i-- {
		b := blocks[i]
		switch {
		case b.Kind == boilerplate.Heading && len(b.Text) <= maxTrailingLabel:
			drop[i] = next < 0 || blocks[next].Kind == boilerplate.Heading && headingLevel(blocks[next]) <= headingLevel(b)
		case next < 0:
			drop[i] = len(b.Text) <= maxTrailingLabel && strings.HasSuffix(b.Text, ":")
		}
		if !drop[i] {
			next = i
		}
	}
	if next < 0 {
		return blocks, removed // nothing but headings: keep them
	}
	kept := blocks[:0:0]
	for i, b := range blocks {
		if !drop[i] {
			kept = append(kept, b)
			continue
		}
		detach(b.nodes)
		if explain {
			removed = append(removed, boilerplate.Removal{Rule: "structure/empty-section", Category: "structure", Action: boilerplate.Drop, Text: b.Text})
		}
	}
	return kept, removed
}

// headingLevel returns 1 to 6 for a heading block made of an h1 to h6
// element, 7 for other headings.
func headingLevel(b htmlBlock) int {
	if len(b.nodes) == 1 {
		switch b.nodes[0].DataAtom {
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
