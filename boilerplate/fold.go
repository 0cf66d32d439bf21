package boilerplate

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// foldRunes maps the typographic variants of quotes, dashes and spaces to
// their plain ASCII form, so that rules need not spell out every variant.
var foldRunes = strings.NewReplacer(
	"\u2018", "'", "\u2019", "'", "\u201A", "'", "\u201B", "'", "\u2032", "'", "\u00B4", "'", "`", "'",
	"\u201C", `"`, "\u201D", `"`, "\u201E", `"`, "\u201F", `"`, "\u2033", `"`, "\u00AB", `"`, "\u00BB", `"`,
	"\u2010", "-", "\u2011", "-", "\u2012", "-", "\u2013", "-", "\u2014", "-", "\u2015", "-", "\u2212", "-",
	"\u2026", "...",
)

// fold returns s with quotes and dashes made plain and every run of white
// space turned into one space, trimmed. Case is kept.
func fold(s string) string {
	if isPlain(s) {
		return strings.Join(strings.Fields(s), " ")
	}
	return strings.Join(strings.FieldsFunc(foldRunes.Replace(s), isSpace), " ")
}

// isPlain reports whether s is ASCII, so that fold has nothing to replace.
func isPlain(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf || s[i] == '`' {
			return false
		}
	}
	return true
}

func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200B' || r == '\uFEFF'
}

// trimEdges removes the punctuation and symbols that decorate a short block
// ("Related stories:", "» Share", "| Menu |") from both ends of s.
func trimEdges(s string) string {
	return strings.TrimFunc(s, isDecoration)
}

// isDecoration reports whether r is white space, or punctuation or a
// symbol other than a quote.
func isDecoration(r rune) bool {
	return unicode.IsSpace(r) || unicode.IsPunct(r) && r != '\'' && r != '"' || unicode.IsSymbol(r)
}

// phraseKey returns the form in which a block is compared with a phrase:
// folded, lower case, without decoration at its ends.
func phraseKey(folded string) string {
	return strings.ToLower(trimEdges(folded))
}

// wordCount returns the number of words in s, words being runs of
// characters between white space.
func wordCount(s string) int {
	n, inWord := 0, false
	for _, r := range s {
		if isSpace(r) {
			inWord = false
		} else if !inWord {
			inWord = true
			n++
		}
	}
	return n
}
