package textutil

import (
	"slices"
	"strings"
	"testing"
)

// fieldsOf collects the fields NextField finds in s.
func fieldsOf(s string) []string {
	var out []string
	for rest := s; ; {
		var f string
		if f, rest = NextField(rest); f == "" {
			return out
		}
		out = append(out, f)
	}
}

func TestNextField(t *testing.T) {
	for _, s := range []string{"", " ", "a", " a  b\tc\n", "post\u00a0entry", "x\u3000y\u2028", "\xffa b\xc2", "é è"} {
		if got, want := fieldsOf(s), strings.Fields(s); !slices.Equal(got, want) {
			t.Errorf("fields of %q = %q, want %q", s, got, want)
		}
	}
}

// FuzzNextField checks that NextField splits any text as strings.Fields
// does.
func FuzzNextField(f *testing.F) {
	for _, seed := range []string{"entry-content post", " a\u00a0b\u3000c ", "\xff\xfe x"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := fieldsOf(s), strings.Fields(s); !slices.Equal(got, want) {
			t.Errorf("fields of %q = %q, want %q", s, got, want)
		}
	})
}

// FuzzIsCollapsed checks IsCollapsed against its definition: the words of
// s joined by spaces are s.
func FuzzIsCollapsed(f *testing.F) {
	for _, seed := range []string{"a b", " a", "a ", "a  b", "a\tb", "a\u00a0b", "", "é è", "\xff b"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := IsCollapsed(s), s != "" && strings.Join(strings.Fields(s), " ") == s; got != want {
			t.Errorf("IsCollapsed(%q) = %v, want %v", s, got, want)
		}
	})
}
