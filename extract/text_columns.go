package extract

// orderColumns puts the cells of side-by-side columns in reading order.
func orderColumns(cells []textCell) []textCell {
	return cells
}
