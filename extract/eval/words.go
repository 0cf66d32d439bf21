package eval

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Words returns the word tokens of text as the WCXB benchmark takes them,
// the Python expression re.findall(r'\w+', text.lower()):
//
//   - text is lower-cased as Python's str.lower does it: Unicode's simple
//     lower-case mapping, except that İ (U+0130) becomes "i̇" (i and a
//     combining dot above) and a capital sigma that ends a word becomes ς;
//   - a token is a run of the characters Python's re module counts as \w
//     in a str pattern: letters (Unicode categories L*), numbers (N*, so
//     also ² and ½) and the underscore. Combining marks (M*) are not word
//     characters in Python's re (they are in the third-party regex
//     module), so "हिन्दी" is three tokens, and a decomposed "é" splits its
//     word, as in the benchmark.
//
// Go's regexp \w is ASCII only ([0-9A-Za-z_]) and would drop every
// non-Latin word; [\p{L}\p{N}_] is the same class as Python's.
// It costs one pass over text and one string per token.
func Words(text string) []string {
	lower := pythonLower(text)
	var words []string
	start := -1
	for i, r := range lower {
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			words = append(words, lower[start:i])
			start = -1
		}
	}
	if start >= 0 {
		words = append(words, lower[start:])
	}
	return words
}

// isWordRune reports whether Python 3's re counts r as \w: a letter, a
// number or the underscore. (Checked against Python 3.11 over every code
// point: the two sets are equal up to the Unicode versions.)
func isWordRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

// pythonLower lower-cases s as Python 3's str.lower does: the full
// lower-case mapping, which differs from Go's strings.ToLower only for
// U+0130 (İ → "i̇") and for the final form of the capital sigma.
func pythonLower(s string) string {
	if !strings.ContainsRune(s, 'İ') && !strings.ContainsRune(s, 'Σ') {
		return strings.ToLower(s)
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i, r := range s {
		switch r {
		case 'İ':
			b.WriteString("i\u0307")
		case 'Σ':
			if finalSigma(s, i) {
				b.WriteRune('ς')
			} else {
				b.WriteRune('σ')
			}
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// finalSigma reports whether the capital sigma at byte i of s ends a
// word, Unicode's Final_Sigma condition as Python applies it: a cased
// letter comes before it and none after it, skipping case-ignorable
// characters on both sides.
func finalSigma(s string, i int) bool {
	before := false
	for j := i; j > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:j])
		j -= size
		if caseIgnorable(r) {
			continue
		}
		before = cased(r)
		break
	}
	if !before {
		return false
	}
	for j := i + len("Σ"); j < len(s); {
		r, size := utf8.DecodeRuneInString(s[j:])
		j += size
		if caseIgnorable(r) {
			continue
		}
		return !cased(r)
	}
	return true
}

// cased approximates Unicode's Cased property: upper-, lower- and
// title-case letters and the other lower- and upper-case characters.
func cased(r rune) bool {
	return unicode.In(r, unicode.Lu, unicode.Ll, unicode.Lt, unicode.Other_Lowercase, unicode.Other_Uppercase)
}

// caseIgnorable approximates Unicode's Case_Ignorable property: marks,
// format characters, modifier letters and symbols, and the apostrophes,
// periods and colons that may stand inside a word.
func caseIgnorable(r rune) bool {
	switch r {
	case '\'', '.', ':', '^', '`', '\u00b7', '\u2018', '\u2019', '\u2024', '\ufe52', '\uff07', '\uff0e', '\u00ad':
		return true
	}
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk)
}

// WordScore is the outcome of comparing one page's extracted text with its
// main content on bags of words, the WCXB benchmark's metric.
type WordScore struct {
	// Extracted and Truth count the tokens of the text and of the truth;
	// Overlap counts the tokens they share, each token as often as it
	// occurs in both (the size of the multiset intersection).
	Extracted int `json:"extracted"`
	Truth     int `json:"truth"`
	Overlap   int `json:"overlap"`
	// Precision is Overlap/Extracted, Recall Overlap/Truth, F1 their
	// harmonic mean. Two empty texts score 1; an empty text against a
	// non-empty one scores 0.
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// ScoreWords compares the words of text with those of truth (see
// [Words]) as bags: precision, recall and F1 of their overlap.
func ScoreWords(text, truth string) WordScore {
	got, want := Words(text), Words(truth)
	s := WordScore{Extracted: len(got), Truth: len(want)}
	switch {
	case len(got) == 0 && len(want) == 0:
		s.Precision, s.Recall, s.F1 = 1, 1, 1
		return s
	case len(got) == 0 || len(want) == 0:
		return s
	}
	bag := make(map[string]int, len(want))
	for _, w := range want {
		bag[w]++
	}
	for _, g := range got {
		if bag[g] > 0 {
			bag[g]--
			s.Overlap++
		}
	}
	s.Precision = float64(s.Overlap) / float64(s.Extracted)
	s.Recall = float64(s.Overlap) / float64(s.Truth)
	if s.Overlap > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	return s
}
