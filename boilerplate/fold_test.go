package boilerplate

import (
	"testing"
	"unicode/utf8"
)

// TestFoldRuneAgreesWithTable: foldRune, the switch fold uses, and
// foldTable, from which the literals of patterns are folded, must agree.
func TestFoldRuneAgreesWithTable(t *testing.T) {
	for r := rune(0); r < 0x3000; r++ {
		got, ok := foldRune(r)
		want, inTable := foldTable[r]
		if ok != inTable || got != want {
			t.Errorf("foldRune(%U) = %q, %v; foldTable has %q, %v", r, got, ok, want, inTable)
		}
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain text", "plain text"},
		{"  spaced \t out\n text ", "spaced out text"},
		{"“Quoted” – ‘single’ … `tick`", `"Quoted" - 'single' ... 'tick'`},
		{"zero\u200Bwidth\uFEFF", "zero width"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := fold(tt.in); got != tt.want {
			t.Errorf("fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if isFolded(tt.in) != (tt.in == tt.want) {
			t.Errorf("isFolded(%q) = %v", tt.in, isFolded(tt.in))
		}
	}
}

// TestCanonicalLower: the table for Latin runes agrees with the orbit,
// and runes regexp (?i) treats as one map to one rune.
func TestCanonicalLower(t *testing.T) {
	for r := rune(0); r < 0x3000; r++ {
		if r >= utf8.RuneSelf && canonicalLower(r) != orbitLower(r) {
			t.Errorf("canonicalLower(%U) = %U, want %U", r, canonicalLower(r), orbitLower(r))
		}
	}
	for _, group := range []string{"Kk\u212A", "Ss\u017F", "Åå\u212B", "Éé"} {
		want := canonicalLower([]rune(group)[0])
		for _, r := range group {
			if canonicalLower(r) != want {
				t.Errorf("canonicalLower(%U) = %U, want %U", r, canonicalLower(r), want)
			}
		}
	}
}

func TestWordCountUpTo(t *testing.T) {
	tests := []struct {
		s            string
		limit, words int
	}{
		{"one two  three", -1, 3},
		{"one two three four", 2, 3},
		{" über\u00A0alles\u200Bda ", -1, 3},
		{"", -1, 0},
	}
	for _, tt := range tests {
		if got := wordCountUpTo(tt.s, tt.limit); got != tt.words {
			t.Errorf("wordCountUpTo(%q, %d) = %d, want %d", tt.s, tt.limit, got, tt.words)
		}
	}
}
