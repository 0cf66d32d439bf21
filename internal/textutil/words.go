package textutil

import (
	"unicode"
	"unicode/utf8"
)

// CountWords returns the number of words in s: runs of characters between
// white space, as strings.Fields finds them. It does not allocate.
func CountWords(s string) int {
	n, inWord := 0, false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if c == ' ' || c >= '\t' && c <= '\r' {
				inWord = false
			} else if !inWord {
				inWord = true
				n++
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if unicode.IsSpace(r) {
			inWord = false
		} else if !inWord {
			inWord = true
			n++
		}
	}
	return n
}
