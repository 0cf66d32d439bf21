package extract

import (
	"fmt"
	"testing"

	"github.com/artext/artext/internal/textutil"
)

func TestWordFilter(t *testing.T) {
	words := []string{"share", "related", "content", "a", "bildunterschrift", "écrit"}
	f := textutil.NewWordFilter(words...)
	for _, w := range words {
		if !textutil.MayHold(f, w) || !textutil.MayHold(f, []byte(w)) {
			t.Errorf("the filter of %q does not hold %q", words, w)
		}
	}
	if textutil.MayHold(f, "") {
		t.Error("the filter holds the empty word")
	}
	// Words not in the set pass now and then, seldom.
	passed := 0
	for i := range 1000 {
		if textutil.MayHold(nameWordFilter, fmt.Sprintf("w%dx", i)) {
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
		if !textutil.MayHold(nameWordFilter, w) {
			t.Errorf("nameWordFilter filters out %q", w)
		}
	}
	for w := range contentNames {
		if !textutil.MayHold(contentNameFilter, w) {
			t.Errorf("contentNameFilter filters out %q", w)
		}
	}
}
