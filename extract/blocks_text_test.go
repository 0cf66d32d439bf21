package extract

import (
	"strings"
	"testing"
)

// FuzzIsCollapsed checks isCollapsed against its definition: the words of
// s joined by spaces are s.
func FuzzIsCollapsed(f *testing.F) {
	for _, seed := range []string{"a b", " a", "a ", "a  b", "a\tb", "a\u00a0b", "", "é è", "\xff b"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isCollapsed(s), s != "" && strings.Join(strings.Fields(s), " ") == s; got != want {
			t.Errorf("isCollapsed(%q) = %v, want %v", s, got, want)
		}
	})
}
