package input

import (
	"bytes"
	"strings"

	"github.com/artext/artext/internal/htmlutil"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// CountElements returns the number of elements in the HTML page data, as
// the tokenizer sees them (the markup inside scripts, styles and comments
// is no element), or a number over limit as soon as it passes limit. It
// counts only when data holds more than limit '<' bytes: a page cannot have
// more elements than that, and counting them costs a pass of the
// tokenizer over the page.
func CountElements(data []byte, limit int) int {
	if limit < 0 || bytes.Count(data, []byte("<")) <= limit {
		return 0
	}
	z := html.NewTokenizer(bytes.NewReader(data))
	n := 0
	for n <= limit {
		switch z.Next() {
		case html.ErrorToken:
			return n
		case html.StartTagToken, html.SelfClosingTagToken:
			n++
		}
	}
	return n
}

// flatTextElements hold text that a reader does not see.
var flatTextElements = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Title: true,
	atom.Textarea: true, atom.Select: true, atom.Button: true, atom.Svg: true,
}

// FlatText returns the text of the HTML page data without building its
// tree: the text a reader sees, with a blank line between blocks. It reads
// pages that the HTML parser refuses, such as those nested deeper than the
// parser's limit of 512 open elements, so that the text path can extract
// them.
func FlatText(data []byte) string {
	var sb strings.Builder
	sb.Grow(len(data) / 2)
	z := html.NewTokenizer(bytes.NewReader(data))
	hidden := 0 // open elements whose text is not seen
	space := false
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return strings.TrimSpace(sb.String())
		case html.TextToken:
			if hidden > 0 {
				continue
			}
			for i, f := range strings.Fields(string(z.Text())) {
				if (i > 0 || space) && sb.Len() > 0 && !strings.HasSuffix(sb.String(), "\n") {
					sb.WriteByte(' ')
				}
				sb.WriteString(f)
				space = false
			}
			if t := z.Raw(); len(t) > 0 && isHTMLSpace(t[len(t)-1]) {
				space = true
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if flatTextElements[a] && tt != html.SelfClosingTagToken {
				if tt == html.StartTagToken {
					hidden++
				} else if hidden > 0 {
					hidden--
				}
				continue
			}
			switch {
			case a == atom.Br:
				breakLine(&sb, "\n")
			case htmlutil.IsBlockElement(a):
				breakLine(&sb, "\n\n")
			}
		}
	}
}

// breakLine ends the line of sb with sep, "\n" or "\n\n", unless it ends
// so already or is empty.
func breakLine(sb *strings.Builder, sep string) {
	s := sb.String()
	switch {
	case s == "" || strings.HasSuffix(s, sep):
	case sep == "\n\n" && strings.HasSuffix(s, "\n"):
		sb.WriteByte('\n')
	default:
		sb.WriteString(sep)
	}
}

func isHTMLSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}
