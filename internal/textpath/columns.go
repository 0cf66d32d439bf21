package textpath

import (
	"slices"
	"sort"
	"strings"
)

// Columns of text. A text browser renders a page laid out with a table
// (a menu on the left, the article on the right) as lines that hold a piece
// of each column side by side, so that the article's paragraphs alternate
// with the menu's items line by line. orderColumns puts the pieces of each
// column together again.

// minColumnStart is the smallest display column at which a column of text
// beside another can start; text indented less is only indented.
const minColumnStart = 10

// longCellWords is the number of words from which a cell holds text rather
// than a label, a number or a link.
const longCellWords = 10

// orderColumns puts the cells of side-by-side columns in reading order:
// within every stretch of lines where text stands in a column to the right
// of others, the cells of each column come together, left column first.
// Elsewhere cells keep their order.
func orderColumns(cells []textCell) []textCell {
	for _, r := range columnRegions(cells) {
		region := cells[r[0]:r[1]]
		starts := columnStarts(region)
		bucket := func(c textCell) int {
			return sort.SearchInts(starts, c.col+1) - 1
		}
		sort.SliceStable(region, func(i, j int) bool { return bucket(region[i]) < bucket(region[j]) })
		for i := range region {
			if i > 0 && bucket(region[i]) == bucket(region[i-1]) && region[i].line > region[i-1].line+1 {
				region[i].blankBefore = true
			}
			if i > 0 && bucket(region[i]) != bucket(region[i-1]) {
				region[i].blankBefore = true
			}
		}
	}
	return cells
}

// columnRegions returns the stretches of cells, as [from, to) indexes,
// that lie between the first and the last line on which a column of text
// starts to the right of other text. Such a column starts at a display
// column of at least minColumnStart where two or more cells of text start.
func columnRegions(cells []textCell) [][2]int {
	long := map[int]int{}
	for _, c := range cells {
		if c.col >= minColumnStart && len(strings.Fields(c.text)) >= longCellWords {
			long[c.col]++
		}
	}
	first, last := map[int]int{}, map[int]int{}
	for i, c := range cells {
		if long[c.col] < 2 {
			continue
		}
		if _, ok := first[c.col]; !ok {
			first[c.col] = i
		}
		last[c.col] = i
	}
	var regions [][2]int
	for col, from := range first {
		to := last[col]
		// Widen to whole lines.
		for from > 0 && cells[from-1].line == cells[from].line {
			from--
		}
		for to+1 < len(cells) && cells[to+1].line == cells[to].line {
			to++
		}
		regions = append(regions, [2]int{from, to + 1})
	}
	return mergeRegions(regions)
}

// mergeRegions sorts regions and merges those that overlap.
func mergeRegions(regions [][2]int) [][2]int {
	slices.SortFunc(regions, func(a, b [2]int) int { return a[0] - b[0] })
	var out [][2]int
	for _, r := range regions {
		if n := len(out); n > 0 && r[0] < out[n-1][1] {
			out[n-1][1] = max(out[n-1][1], r[1])
			continue
		}
		out = append(out, r)
	}
	return out
}

// columnStarts returns, in increasing order, the display columns at which
// three or more cells of region start, and 0.
func columnStarts(region []textCell) []int {
	count := map[int]int{}
	for _, c := range region {
		count[c.col]++
	}
	starts := []int{0}
	for col, n := range count {
		if n >= 3 && col > 0 {
			starts = append(starts, col)
		}
	}
	sort.Ints(starts)
	return starts
}
