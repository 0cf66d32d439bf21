package extract

import (
	"strings"

	"github.com/artext/artext/boilerplate"
	"golang.org/x/net/html"
)

// textBlock is a block as the text renderer sees it.
type textBlock struct {
	text string
	kind boilerplate.Kind
	list *html.Node // the list holding the block, nil outside lists
}

// renderText joins blocks into the plain-text body: blocks separated by a
// blank line, the items of one list and the rows of one table on
// consecutive lines.
func renderText(blocks []textBlock) string {
	var sb strings.Builder
	for i, b := range blocks {
		if i > 0 {
			prev := blocks[i-1]
			if sameList(prev, b) || prev.kind == boilerplate.TableCell && b.kind == boilerplate.TableCell {
				sb.WriteString("\n")
			} else {
				sb.WriteString("\n\n")
			}
		}
		sb.WriteString(b.text)
	}
	return sb.String()
}

func sameList(a, b textBlock) bool {
	return a.kind == boilerplate.ListItem && b.kind == boilerplate.ListItem && (a.list == b.list || a.list == nil)
}
