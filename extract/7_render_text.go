package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/artext/artext/boilerplate"
	"golang.org/x/net/html"
)

// textBlock is a block as the text renderer sees it.
type textBlock struct {
	text string
	kind boilerplate.Kind
	list *html.Node // the list holding the block, nil outside lists
}

// renderText joins blocks into the plain-text body: blocks separated by a
// blank line, the items of one list and the rows of one table on
// consecutive lines.
func renderText(blocks []textBlock) string {
	var sb strings.Builder
	for i, b := range blocks {
		if i > 0 {
			prev := blocks[i-1]
			if sameList(prev, b) || prev.kind == boilerplate.TableCell && b.kind == boilerplate.TableCell {
				sb.WriteString("\n")
			} else {
				sb.WriteString("\n\n")
			}
		}
		sb.WriteString(b.text)
	}
	return sb.String()
}

func sameList(a, b textBlock) bool {
	return a.kind == boilerplate.ListItem && b.kind == boilerplate.ListItem && (a.list == b.list || a.list == nil)
}

// countWords returns the number of words in s: runs of characters between
// white space.
func countWords(s string) int {
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
