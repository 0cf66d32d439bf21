package boilerplate

import "fmt"

// Action is what a rule does to the block it matches.
type Action string

// The actions a rule can take.
const (
	// Drop removes the block.
	Drop Action = "drop"
	// DropAfter removes the block and every block after it: an end marker
	// such as "Sign up to read this article".
	DropAfter Action = "drop-after"
	// DropBefore removes the block and every block before it: a start marker.
	DropBefore Action = "drop-before"
	// DropList removes the block and the list items that directly follow
	// it: a heading such as "Related articles" with its list of links.
	DropList Action = "drop-list"
	// MoveToCaptions moves the block out of the body into the article's
	// captions.
	MoveToCaptions Action = "caption"
)

func (a Action) valid() error {
	switch a {
	case Drop, DropAfter, DropBefore, DropList, MoveToCaptions:
		return nil
	}
	return fmt.Errorf("unknown action %q (want drop, drop-after, drop-before, drop-list or caption)", string(a))
}

// Where limits the part of the document in which a rule applies.
type Where string

// The parts of a document a rule can be limited to. The head is the first
// third of the blocks and the tail the last third; a document of fewer than
// three blocks is head and tail throughout.
const (
	Anywhere Where = "anywhere" // the default
	Head     Where = "head"     // the first third of the blocks
	Tail     Where = "tail"     // the last third of the blocks
	First    Where = "first"    // the first block only
	Last     Where = "last"     // the last block only
)

func (w Where) valid() error {
	switch w {
	case "", Anywhere, Head, Tail, First, Last:
		return nil
	}
	return fmt.Errorf("unknown where %q (want anywhere, head, tail, first or last)", string(w))
}

// contains reports whether the block at index i of n blocks lies in w.
func (w Where) contains(i, n int) bool {
	switch w {
	case Head:
		return i < max(1, (n+2)/3)
	case Tail:
		return i >= n-max(1, (n+2)/3)
	case First:
		return i == 0
	case Last:
		return i == n-1
	}
	return true
}
