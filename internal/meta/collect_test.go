package meta

import (
	"testing"

	"github.com/artext/artext/internal/textutil"
)

// TestBylineStartFilterHoldsItsSet checks that no byline word is
// filtered out.
func TestBylineStartFilterHoldsItsSet(t *testing.T) {
	for w := range bylineStarts {
		if !textutil.MayHold(bylineStartFilter, w) {
			t.Errorf("bylineStartFilter filters out %q", w)
		}
	}
}

func TestStartsByline(t *testing.T) {
	for s, want := range map[string]bool{
		"By Jane Doe":       true,
		"  von Max Müller":  true,
		"Posted: yesterday": true,
		"Byline":            false,
		"The story":         false,
		"":                  false,
	} {
		if got := startsByline(s); got != want {
			t.Errorf("startsByline(%q) = %v, want %v", s, got, want)
		}
	}
}
