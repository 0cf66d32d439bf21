package extract

import "github.com/artext/artext/boilerplate"

// The weights of blocks in the search for the article's extent. A block of
// prose weighs its words; every other block costs a little, furniture
// more, so that the article is the run of blocks where prose outweighs
// what stands between its paragraphs.
const (
	shortLineCost = 3 // a line that is not prose: a heading, a link, a label
	furnitureCost = 6 // a menu, a form field, a placeholder, a rule's removal
	tableRowCost  = 1 // a row of a table
	maxGapFactor  = 1
)

// blockWeight returns the weight of a block in the search for the extent.
func blockWeight(b *inputBlock, f blockFeatures, r blockRole) int {
	if b.kind == boilerplate.TableCell && r != roleRuleRemoved {
		return -tableRowCost
	}
	switch r {
	case roleProse:
		return f.words
	case roleCaption:
		return 0
	case roleFurniture, roleRuleRemoved:
		return -furnitureCost
	}
	return -shortLineCost
}

// densestRun returns the run of weights [start, end) with the largest sum:
// the article's blocks, and the header and footer outside them. It returns
// an empty run when no weight is positive. It costs one pass (Kadane's
// algorithm).
func densestRun(weights []int) (start, end int) {
	best, sum, from := 0, 0, 0
	for i, w := range weights {
		if sum <= 0 {
			sum, from = 0, i
		}
		sum += w
		if sum > best {
			best, start, end = sum, from, i+1
		}
	}
	return start, end
}
