package htmlpath

import (
	"github.com/artext/artext/boilerplate"
	"github.com/artext/artext/internal/document"
)

// markShortTail marks, in drop, the short blocks after the last paragraph
// of prose that are neither list items nor table cells: the notes,
// labels, credits and calls to action that trail an article. Precision
// mode only: short closing lines of the article go too.
func markShortTail(blocks []document.Block, drop []string) {
	for i := lastProse(blocks) + 1; i > 0 && i < len(blocks); i++ {
		b := blocks[i]
		if drop[i] == "" && len(b.Text) < minProse && b.Kind != boilerplate.ListItem && b.Kind != boilerplate.TableCell {
			drop[i] = "structure/short-tail"
		}
	}
}
