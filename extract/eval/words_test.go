package eval

import (
	"slices"
	"testing"
)

// TestWords checks the tokenizer against what Python 3.11 gives for
// re.findall(r'\w+', text.lower()) on the same strings.
func TestWords(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"ascii and punctuation", "Hello, World! It's 2025.", []string{"hello", "world", "it", "s", "2025"}},
		{"underscore joins", "snake_case __init__", []string{"snake_case", "__init__"}},
		{"hyphen and slash split", "well-known a/b", []string{"well", "known", "a", "b"}},
		{"precomposed accents are letters", "Café NAÏVE Ærø", []string{"café", "naïve", "ærø"}},
		{"combining marks split words", "cafe\u0301 x", []string{"cafe", "x"}},
		{"devanagari vowel signs split words", "हिन्दी", []string{"ह", "न", "द"}},
		{"dotted capital I lowers to i and a mark", "İstanbul", []string{"i", "stanbul"}},
		{"final sigma", "ΟΔΟΣ ΣΑΣ", []string{"οδος", "σας"}},
		{"numbers of every kind", "x² ½ ١٢٣ Ⅻ", []string{"x²", "½", "١٢٣", "ⅻ"}},
		{"cjk runs are one token", "東京タワー 。ok", []string{"東京タワー", "ok"}},
		{"no-break space and zero-width space split", "a\u00a0b c\u200bd", []string{"a", "b", "c", "d"}},
		{"soft hyphen splits", "inter\u00adnational", []string{"inter", "national"}},
		{"emoji and symbols are not words", "I ❤ Go ©2024 $5", []string{"i", "go", "2024", "5"}},
		{"empty", "", nil},
		{"only punctuation", " -- !? ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Words(tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("Words(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestScoreWords(t *testing.T) {
	tests := []struct {
		name               string
		text, truth        string
		precision, recall  float64
		f1                 float64
		extracted, overlap int
	}{
		{"identical", "One two three", "one, two. Three!", 1, 1, 1, 3, 3},
		{"order does not matter", "three two one", "one two three", 1, 1, 1, 3, 3},
		{"extra words cost precision", "one two three four", "one two", 0.5, 1, 2.0 / 3, 4, 2},
		{"missing words cost recall", "one", "one two three four", 1, 0.25, 0.4, 1, 1},
		// Multiset intersection: "the" three times against twice overlaps twice.
		{"repeated words count once per occurrence", "the the the cat", "the the cat sat", 0.75, 0.75, 0.75, 4, 3},
		{"nothing in common", "alpha beta", "gamma delta", 0, 0, 0, 2, 0},
		{"empty extraction of a non-empty truth", "", "some words", 0, 0, 0, 0, 0},
		{"text where the truth is empty", "some words", "", 0, 0, 0, 2, 0},
		{"both empty", "", "", 1, 1, 1, 0, 0},
		{"punctuation only is empty", "…", "", 1, 1, 1, 0, 0},
		{"case is ignored", "GREEK ΟΔΟΣ", "greek οδος", 1, 1, 1, 2, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := ScoreWords(tt.text, tt.truth)
			if !near(s.Precision, tt.precision) || !near(s.Recall, tt.recall) || !near(s.F1, tt.f1) {
				t.Errorf("got P %.4f R %.4f F1 %.4f, want %.4f %.4f %.4f", s.Precision, s.Recall, s.F1, tt.precision, tt.recall, tt.f1)
			}
			if s.Extracted != tt.extracted || s.Overlap != tt.overlap {
				t.Errorf("got %d extracted, %d overlap, want %d and %d", s.Extracted, s.Overlap, tt.extracted, tt.overlap)
			}
		})
	}
}

func BenchmarkScoreWords(b *testing.B) {
	text := ""
	for range 200 {
		text += "The quick brown fox jumps over the lazy dog, 42 times. "
	}
	b.ReportAllocs()
	b.SetBytes(int64(2 * len(text)))
	for b.Loop() {
		ScoreWords(text, text)
	}
}
