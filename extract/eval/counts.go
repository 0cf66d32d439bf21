package eval

// Counts are the outcomes of snippet checks: a with snippet found is a true
// positive and one missing a false negative; a without snippet found is a
// false positive and one absent a true negative.
type Counts struct {
	TP int `json:"tp"`
	FP int `json:"fp"`
	FN int `json:"fn"`
	TN int `json:"tn"`
}

// Add returns the sum of c and d.
func (c Counts) Add(d Counts) Counts {
	return Counts{TP: c.TP + d.TP, FP: c.FP + d.FP, FN: c.FN + d.FN, TN: c.TN + d.TN}
}

// Precision returns TP/(TP+FP), or 0 when nothing was found.
func (c Counts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall returns TP/(TP+FN).
func (c Counts) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 returns 2TP/(2TP+FP+FN).
func (c Counts) F1() float64 { return ratio(2*c.TP, 2*c.TP+c.FP+c.FN) }

// Accuracy returns (TP+TN)/(TP+FP+FN+TN).
func (c Counts) Accuracy() float64 { return ratio(c.TP+c.TN, c.TP+c.FP+c.FN+c.TN) }

// Errors returns FP+FN, what a page costs.
func (c Counts) Errors() int { return c.FP + c.FN }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
