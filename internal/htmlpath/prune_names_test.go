package htmlpath

import (
	"fmt"
	"testing"

	"github.com/artext/artext/internal/textutil"
)

// TestNameWordFilterIsSelective checks that the filter of the name words
// lets few other words through: it is there to spare map lookups.
func TestNameWordFilterIsSelective(t *testing.T) {
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
