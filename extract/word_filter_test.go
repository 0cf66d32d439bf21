package extract

import (
	"fmt"
	"testing"
)

func TestWordFilter(t *testing.T) {
	words := []string{"share", "related", "content", "a", "bildunterschrift", "écrit"}
	f := newWordFilter(words...)
	for _, w := range words {
		if !mayHold(f, w) || !mayHold(f, []byte(w)) {
			t.Errorf("the filter of %q does not hold %q", words, w)
		}
	}
	if mayHold(f, "") {
		t.Error("the filter holds the empty word")
	}
	// Words not in the set pass now and then, seldom.
	passed := 0
	for i := range 1000 {
		if mayHold(nameWordFilter, fmt.Sprintf("w%dx", i)) {
			passed++
		}
	}
	if passed > 100 {
		t.Errorf("nameWordFilter passes %d of 1000 words it does not hold", passed)
	}
}

// TestWordFiltersHoldTheirSets checks that no word of the sets the
// filters stand for is filtered out.
func TestWordFiltersHoldTheirSets(t *testing.T) {
	for w := range nameWords {
		if !mayHold(nameWordFilter, w) {
			t.Errorf("nameWordFilter filters out %q", w)
		}
	}
	for w := range contentNames {
		if !mayHold(contentNameFilter, w) {
			t.Errorf("contentNameFilter filters out %q", w)
		}
	}
	for w := range bylineStarts {
		if !mayHold(bylineStartFilter, w) {
			t.Errorf("bylineStartFilter filters out %q", w)
		}
	}
}
