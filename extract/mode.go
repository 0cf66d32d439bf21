package extract

import "fmt"

// Mode trades the precision of the extracted text for its recall.
type Mode int

// The modes.
const (
	// Balanced, the default, removes what is marked as boilerplate and
	// falls back to another strategy when readability finds too little.
	Balanced Mode = iota
	// Precision removes more: it prunes on weaker signs, cuts the blocks
	// after a heading that starts a list of related articles or comments,
	// and keeps readability's result even when it looks small.
	Precision
	// Recall keeps more: nothing is pruned before readability, and the
	// fallback replaces or extends readability's result more readily.
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
