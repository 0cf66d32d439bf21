package textpath

import (
	"regexp"
	"strings"

	"github.com/artext/artext/internal/textutil"
)

// textCell is a piece of text that stands on one line: a whole line, or one
// of the pieces into which a wide gap of spaces divides a line, as a text
// browser lays out the columns of a table side by side.
type textCell struct {
	text  string // the piece, without the spaces around it
	line  int    // the index of its line
	col   int    // the display column it starts at
	width int    // its width in display columns
	// blankBefore reports whether a blank line separates the cell from the
	// text above it.
	blankBefore bool
	// row reports whether the cell is a row of a table: the cells of one
	// line, none of them text, joined with " | ".
	row bool
}

// columnGap is the number of spaces that separate two cells of a line.
// Prose never has three spaces in a row; table cells rendered as text do.
const columnGap = 3

// emptyField matches an empty text field as a text browser draws it, whose
// spaces must not split its line.
var emptyField = regexp.MustCompile(`\[[ _]{3,}\]`)

// splitCells divides every line into cells, in reading order.
func splitCells(lines []string) []textCell {
	var cells []textCell
	blank := true
	for i, line := range lines {
		if textutil.IsBlank(line) {
			blank = true
			continue
		}
		if strings.Contains(line, "[ ") {
			line = emptyField.ReplaceAllString(line, "[__]")
		}
		for j, c := range lineCells(line, i) {
			c.blankBefore = blank && j == 0
			cells = append(cells, c)
		}
		blank = false
	}
	return joinRows(orderColumns(cells))
}

// joinRows joins the cells of every line that holds two or more cells, none
// of them long enough to be text, and that is not part of a column layout,
// into one cell: a row of a table, or a menu laid out as one.
func joinRows(cells []textCell) []textCell {
	out := cells[:0]
	for i := 0; i < len(cells); {
		j := i + 1
		for j < len(cells) && cells[j].line == cells[i].line && cells[j].col > cells[j-1].col {
			j++
		}
		if j-i < 2 || !allShort(cells[i:j]) {
			out = append(out, cells[i:j]...)
			i = j
			continue
		}
		row := cells[i]
		texts := make([]string, j-i)
		for k, c := range cells[i:j] {
			texts[k] = c.text
		}
		row.text = strings.Join(texts, " | ")
		row.width = cells[j-1].col + cells[j-1].width - row.col
		row.row = true
		out = append(out, row)
		i = j
	}
	return out
}

// allShort reports whether every cell is shorter than a cell of text.
func allShort(cells []textCell) bool {
	for _, c := range cells {
		if len(strings.Fields(c.text)) >= longCellWords {
			return false
		}
	}
	return true
}

// lineCells splits line, the line at index i, at gaps of columnGap spaces
// or more.
func lineCells(line string, i int) []textCell {
	var cells []textCell
	col, start, startCol, spaces, spaceStart := 0, -1, 0, 0, 0
	flush := func(end int) {
		if start >= 0 {
			text := line[start:end]
			cells = append(cells, textCell{text: text, line: i, col: startCol, width: textutil.DisplayWidth(text)})
		}
		start = -1
	}
	for k, r := range line {
		if r == ' ' || r == '\u00a0' || r == '\u3000' {
			if spaces == 0 {
				spaceStart = k
			}
			spaces++
			if spaces == columnGap {
				flush(spaceStart)
			}
			col += textutil.RuneWidth(r)
			continue
		}
		if start < 0 {
			start, startCol = k, col
		}
		spaces = 0
		col += textutil.RuneWidth(r)
	}
	flush(len(line))
	for j := range cells {
		cells[j].text = strings.TrimSpace(cells[j].text)
	}
	return cells
}
