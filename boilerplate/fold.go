package boilerplate

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// foldTable maps the typographic variants of quotes, dashes and the
// ellipsis to their plain ASCII form, so that rules need not spell out
// every variant. foldRune must agree with it.
var foldTable = map[rune]string{
	'\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u00B4': "'", '`': "'",
	'\u201C': `"`, '\u201D': `"`, '\u201E': `"`, '\u201F': `"`, '\u2033': `"`, '\u00AB': `"`, '\u00BB': `"`,
	'\u2010': "-", '\u2011': "-", '\u2012': "-", '\u2013': "-", '\u2014': "-", '\u2015': "-", '\u2212': "-",
	'\u2026': "...",
}

// foldRune returns what r folds to, and whether it folds: foldTable as a
// switch, which costs less than a map lookup per rune.
func foldRune(r rune) (string, bool) {
	switch r {
	case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4', '`':
		return "'", true
	case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB':
		return `"`, true
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
		return "-", true
	case '\u2026':
		return "...", true
	}
	return "", false
}

// foldRunes replaces the runes of foldTable, and nothing else.
var foldRunes = func() *strings.Replacer {
	var pairs []string
	for r, s := range foldTable {
		pairs = append(pairs, string(r), s)
	}
	return strings.NewReplacer(pairs...)
}()

// fold returns s with quotes and dashes made plain and every run of white
// space turned into one space, trimmed. Case is kept. A string that is
// already folded is returned as it is, without a copy.
func fold(s string) string {
	if isFolded(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if isSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		if f, ok := foldRune(r); ok {
			b.WriteString(f)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isFolded reports whether fold would leave s as it is.
func isFolded(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '`':
				return false
			case c == ' ':
				if i == 0 || i == len(s)-1 || s[i+1] == ' ' {
					return false
				}
			case c <= ' ' || c == 0x7f:
				if isSpace(rune(c)) {
					return false
				}
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if _, ok := foldRune(r); ok || isSpace(r) {
			return false
		}
		i += size
	}
	return true
}

func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200B' || r == '\uFEFF'
}

// trimEdges removes the punctuation, quotes and symbols that decorate a
// short block ("Related stories:", "» Share", "| Menu |") from both ends
// of s.
func trimEdges(s string) string {
	return strings.TrimFunc(s, isDecoration)
}

// isDecoration reports whether r is white space, punctuation or a symbol.
func isDecoration(r rune) bool {
	return unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r)
}

// phraseKey returns the form in which a block is compared with a phrase:
// folded, lower case, without decoration at its ends.
func phraseKey(folded string) string {
	return lowerFold(trimEdges(folded))
}

// lowerFold returns s in lower case, with the runes that regular
// expressions treat as case variants of one another mapped to one rune:
// the Kelvin sign to k, the long s to s. Two strings equal under (?i) are
// equal after lowerFold.
func lowerFold(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return strings.Map(canonicalLower, s)
		}
	}
	return s
}

// canonicalLower maps r to the lower case of the smallest rune of its
// simple case-folding orbit.
func canonicalLower(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	if r < rune(len(latinLower)) {
		return latinLower[r]
	}
	return orbitLower(r)
}

// latinLower holds canonicalLower of the runes of the Latin blocks, which
// most text in the languages of the rules is made of.
var latinLower = func() (t [0x250]rune) {
	for r := range t {
		t[r] = orbitLower(rune(r))
	}
	return t
}()

// orbitLower is canonicalLower computed from the case-folding orbit.
func orbitLower(r rune) rune {
	least := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		least = min(least, f)
	}
	return unicode.ToLower(least)
}

// wordCount returns the number of words in s, words being runs of
// characters between white space.
func wordCount(s string) int {
	return wordCountUpTo(s, -1)
}

// wordCountUpTo is wordCount, but stops counting past limit and returns
// limit+1 then; a negative limit counts every word.
func wordCountUpTo(s string, limit int) int {
	n, inWord := 0, false
	for i := 0; i < len(s); {
		var space bool
		if c := s[i]; c < utf8.RuneSelf {
			space = c == ' ' || c >= '\t' && c <= '\r'
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			space = isSpace(r)
			i += size
		}
		if space {
			inWord = false
		} else if !inWord {
			inWord = true
			n++
			if limit >= 0 && n > limit {
				return n
			}
		}
	}
	return n
}
