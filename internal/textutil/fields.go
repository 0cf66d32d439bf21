package textutil

import (
	"unicode"
	"unicode/utf8"
)

// NextField returns the first field of s and what follows it, fields
// being separated by runs of white space as strings.Fields has them. It
// returns "" when s holds no field. It does not allocate, and costs less
// than strings.FieldsSeq on the few words of a class attribute.
func NextField(s string) (field, rest string) {
	start := 0
	for start < len(s) {
		if c := s[start]; c < utf8.RuneSelf {
			if !asciiSpace[c] {
				break
			}
			start++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[start:])
		if !unicode.IsSpace(r) {
			break
		}
		start += size
	}
	end := start
	for end < len(s) {
		if c := s[end]; c < utf8.RuneSelf {
			if asciiSpace[c] {
				break
			}
			end++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[end:])
		if unicode.IsSpace(r) {
			break
		}
		end += size
	}
	return s[start:end], s[end:]
}

// asciiSpace tells the ASCII white space characters, as unicode.IsSpace
// does.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// IsCollapsed reports whether the only white space of s is single spaces
// between words: its words joined by spaces are s itself.
func IsCollapsed(s string) bool {
	space := true // white space at the start is not collapsed
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiSpace[c] {
				if c != ' ' || space {
					return false
				}
				space = true
			} else {
				space = false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return false
		}
		space = false
		i += size
	}
	return !space
}
