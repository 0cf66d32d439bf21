package textutil

import (
	"fmt"
	"testing"
)

func TestWordFilter(t *testing.T) {
	words := []string{"share", "related", "content", "a", "bildunterschrift", "écrit"}
	f := NewWordFilter(words...)
	for _, w := range words {
		if !MayHold(f, w) || !MayHold(f, []byte(w)) {
			t.Errorf("the filter of %q does not hold %q", words, w)
		}
	}
	if MayHold(f, "") {
		t.Error("the filter holds the empty word")
	}
	// Words not in the set pass now and then, seldom: a hundred words
	// let through fewer than one word in ten of those they do not hold.
	hundred := make([]string, 100)
	for i := range hundred {
		hundred[i] = fmt.Sprintf("word%d", i)
	}
	g := NewWordFilter(hundred...)
	passed := 0
	for i := range 1000 {
		if MayHold(g, fmt.Sprintf("w%dx", i)) {
			passed++
		}
	}
	if passed > 100 {
		t.Errorf("a filter of 100 words passes %d of 1000 words it does not hold", passed)
	}
}
