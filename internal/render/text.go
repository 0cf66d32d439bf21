package render

import (
	"strings"

	"github.com/artext/artext/boilerplate"
	"github.com/artext/artext/internal/document"
)

// Text joins blocks into an article's plain-text body: blocks separated by
// a blank line, the items of one list and the rows of one table on
// consecutive lines.
func Text(blocks []document.Block) string {
	var sb strings.Builder
	for i := range blocks {
		b := &blocks[i]
		if i > 0 {
			prev := &blocks[i-1]
			if sameList(prev, b) || prev.Kind == boilerplate.TableCell && b.Kind == boilerplate.TableCell {
				sb.WriteString("\n")
			} else {
				sb.WriteString("\n\n")
			}
		}
		sb.WriteString(b.Text)
	}
	return sb.String()
}

// sameList reports whether a and b are items of one list: of one HTML
// list, or consecutive items of a text, which has no list elements.
func sameList(a, b *document.Block) bool {
	return a.Kind == boilerplate.ListItem && b.Kind == boilerplate.ListItem && (a.List == b.List || a.List == nil)
}
