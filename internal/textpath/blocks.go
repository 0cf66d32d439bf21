package textpath

import (
	"regexp"
	"strings"

	"github.com/artext/artext/boilerplate"
	"github.com/artext/artext/internal/textutil"
)

// inputBlock is a block of a text input: a paragraph, a line, a heading, a
// list item or a code block, in document order.
type inputBlock struct {
	text     string // the text, without list markers or inline Markdown
	key      string // lineKey(text), computed once by Split
	markdown string // the block's Markdown, when the input is Markdown
	kind     boilerplate.Kind
	level    int  // the level of a heading, 1 to 6; 0 when not known
	ordered  bool // an item of a numbered list
	line     int  // the index of the block's first line
	end      int  // the index after the block's last line
	col      int  // the display column the block starts at
	// blankBefore reports whether a blank line stands before the block.
	blankBefore bool
}

// listMarker finds the bullet that starts a list item, as text browsers
// and people write them. A number ("1.", "c)") is left to the text: it
// counts, ranks or labels, and the reader copied it with the line.
var listMarker = regexp.MustCompile(`^[•◦▪▫□■●○·∙‣⁃*+►▸▹›»→✓✔-]\s+`)

// splitPlainBlocks divides plain text, as lines, into blocks: every cell of
// a line is a block, but a line that a narrow width wrapped joins the line
// it continues, and a line that starts with a bullet is a list item.
func splitPlainBlocks(lines []string) []inputBlock {
	cells := splitCells(lines)
	edges := wrapEdges(cells)
	var blocks []inputBlock
	var last textCell // the last cell of the last block
	for i, c := range cells {
		marker := listMarker.FindStringSubmatch(c.text)
		if i > 0 && marker == nil && !c.row && !last.row && continuesWrapped(last, c, edges) {
			b := &blocks[len(blocks)-1]
			b.text = joinWrapped(b.text, c.text)
			b.end = c.line + 1
			last = c
			continue
		}
		b := inputBlock{text: c.text, kind: boilerplate.Line, line: c.line, end: c.line + 1, col: c.col, blankBefore: c.blankBefore}
		if c.row {
			b.kind = boilerplate.TableCell
		} else if marker != nil {
			b.kind = boilerplate.ListItem
			b.text = strings.TrimSpace(c.text[len(marker[0]):])
			if b.text == "" {
				b.text, b.kind = c.text, boilerplate.Line
			}
		}
		blocks = append(blocks, b)
		last = c
	}
	return blocks
}

// wrapEdges finds, for each column that cells start at, the right edge at
// which its text was wrapped: the widest cell, when at least three cells of
// the column come close to it. A column of unwrapped lines, one paragraph
// to a line, has no such edge.
func wrapEdges(cells []textCell) map[int]int {
	widest := map[int]int{}
	for _, c := range cells {
		widest[c.col] = max(widest[c.col], c.col+c.width)
	}
	near := map[int]int{}
	for _, c := range cells {
		if e := widest[c.col]; c.col+c.width >= e-wrapSlack(e-c.col) {
			near[c.col]++
		}
	}
	edges := map[int]int{}
	for col, e := range widest {
		if near[col] >= 3 && e-col >= minWrapWidth {
			edges[col] = e
		}
	}
	return edges
}

// minWrapWidth is the narrowest column of text that is taken for wrapped:
// narrower columns hold labels and menus, one to a line.
const minWrapWidth = 30

// wrapSlack is how far short of a column's edge a wrapped line may end:
// the length of a long word, and a little more in wide columns.
func wrapSlack(width int) int {
	return max(12, width/8)
}

// continuesWrapped reports whether cell c continues prev, the cell on the
// line above: it starts where prev starts (or where the text of a list item
// starts), and prev would have been too long with c's first word after it.
func continuesWrapped(prev, c textCell, edges map[int]int) bool {
	if c.blankBefore || c.line != prev.line+1 {
		return false
	}
	edge, ok := edges[prev.col]
	if !ok {
		return false
	}
	if c.col != prev.col && (c.col < prev.col || c.col > prev.col+4) {
		return false
	}
	first, _, _ := strings.Cut(c.text, " ")
	return prev.col+prev.width+1+textutil.DisplayWidth(first) > edge
}

// joinWrapped joins a wrapped line to the text it continues.
func joinWrapped(text, next string) string {
	return text + " " + next
}
