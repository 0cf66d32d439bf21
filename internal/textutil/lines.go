package textutil

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// Lines splits text into lines as a terminal shows them: line endings
// of any platform, tabs expanded to stops of eight columns, a byte order
// mark and trailing spaces removed.
func Lines(text string) []string {
	text = strings.TrimPrefix(text, "\ufeff")
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if strings.IndexByte(l, '\t') >= 0 {
			l = expandTabs(l)
		}
		lines[i] = strings.TrimRight(l, " \u00a0\u3000\v\f")
	}
	return lines
}

// expandTabs replaces the tabs of s with spaces up to the next stop of
// eight columns.
func expandTabs(s string) string {
	var sb strings.Builder
	col := 0
	for _, r := range s {
		if r == '\t' {
			n := 8 - col%8
			sb.WriteString(strings.Repeat(" ", n))
			col += n
			continue
		}
		sb.WriteRune(r)
		col += RuneWidth(r)
	}
	return sb.String()
}

// RuneWidth returns the number of terminal columns r takes: two for the
// wide characters of East Asian scripts, one for the others.
func RuneWidth(r rune) int {
	if r < 0x1100 {
		return 1
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	}
	return 1
}

// DisplayWidth returns the number of terminal columns s takes.
func DisplayWidth(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		n += RuneWidth(r)
		i += size
	}
	return n
}

// IsBlank reports whether line holds nothing but white space.
func IsBlank(line string) bool {
	return strings.TrimSpace(line) == ""
}
