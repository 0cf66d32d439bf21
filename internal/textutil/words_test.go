package textutil

import (
	"strings"
	"testing"
)

// TestCountWords checks CountWords against strings.Fields, whose count of
// words it must give without allocating.
func TestCountWords(t *testing.T) {
	for _, s := range []string{"", " ", "one", " one  two\tthree\nfour ", "a\u00a0b", "\u3000日本語\u3000テキスト", "x\u2003y z", "tab\vend"} {
		if got, want := CountWords(s), len(strings.Fields(s)); got != want {
			t.Errorf("CountWords(%q) = %d, want %d", s, got, want)
		}
		if allocs := testing.AllocsPerRun(10, func() { CountWords(s) }); allocs != 0 {
			t.Errorf("CountWords(%q) allocates %v times", s, allocs)
		}
	}
}
