package extract

import (
	"strings"
	"testing"
)

// TestCountWords checks countWords against strings.Fields, whose count of
// words it must give without allocating.
func TestCountWords(t *testing.T) {
	for _, s := range []string{"", " ", "one", " one  two\tthree\nfour ", "a\u00a0b", "\u3000日本語\u3000テキスト", "x\u2003y z", "tab\vend"} {
		if got, want := countWords(s), len(strings.Fields(s)); got != want {
			t.Errorf("countWords(%q) = %d, want %d", s, got, want)
		}
	}
}
