package htmlpath

import "fmt"

// Mode trades the precision of the article's text for its recall; see
// extract.Mode for what each mode does on the HTML path.
type Mode int

// The modes, as in package extract.
const (
	Balanced Mode = iota
	Precision
	Recall
)

// String returns the mode's name: balanced, precision or recall.
func (m Mode) String() string {
	switch m {
	case Precision:
		return "precision"
	case Recall:
		return "recall"
	case Balanced:
		return "balanced"
	}
	return fmt.Sprintf("Mode(%d)", int(m))
}
