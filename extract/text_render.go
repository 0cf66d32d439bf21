package extract

import (
	"html"
	"regexp"
	"strconv"
	"strings"

	"github.com/artext/artext/boilerplate"
)

// textBlocks returns the body as the text renderer takes it.
func (body textBody) textBlocks() []textBlock {
	out := make([]textBlock, len(body))
	for i, b := range body {
		out[i] = textBlock{text: b.text, kind: b.kind}
	}
	return out
}

// markdown renders the body as Markdown: the Markdown of each block when the
// input was Markdown, else the text with Markdown's special characters
// escaped, list items as lists and headings as headings.
func (body textBody) markdown() string {
	var sb strings.Builder
	number := 0
	for i, b := range body {
		if i > 0 {
			if sameTextList(body[i-1], b) {
				sb.WriteString("\n")
			} else {
				sb.WriteString("\n\n")
			}
		}
		if b.kind == boilerplate.ListItem && (i == 0 || !sameTextList(body[i-1], b)) {
			number = 0
		}
		if b.markdown != "" {
			sb.WriteString(safeMarkdown(b.markdown))
			continue
		}
		switch b.kind {
		case boilerplate.Heading:
			sb.WriteString(strings.Repeat("#", max(2, min(b.level, 6))) + " " + escapeMarkdown(b.text))
		case boilerplate.ListItem:
			number++
			if b.ordered {
				sb.WriteString(strconv.Itoa(number) + ". ")
			} else {
				sb.WriteString("- ")
			}
			sb.WriteString(escapeMarkdown(b.text))
		case boilerplate.Code:
			sb.WriteString("```\n" + b.text + "\n```")
		case boilerplate.Quote:
			sb.WriteString("> " + strings.ReplaceAll(escapeMarkdown(b.text), "\n", "\n> "))
		default:
			sb.WriteString(escapeMarkdown(b.text))
		}
	}
	return sb.String()
}

// sameTextList reports whether a and b are consecutive items of one list.
func sameTextList(a, b inputBlock) bool {
	return a.kind == boilerplate.ListItem && b.kind == boilerplate.ListItem && a.ordered == b.ordered
}

// markdownInline finds the characters that Markdown reads as inline markup
// anywhere in a line.
var markdownInline = strings.NewReplacer(`\`, `\\`, "*", `\*`, "`", "\\`", "[", `\[`, "]", `\]`, "<", `\<`, "_", `\_`)

// markdownLineStart finds what Markdown reads as the start of a heading, a
// quotation, a list or a rule at the start of a line.
var markdownLineStart = regexp.MustCompile(`^([ \t]*)([#>+=|-]|\d+[.)])`)

// escapeMarkdown escapes text so that Markdown shows it as it is.
func escapeMarkdown(text string) string {
	text = markdownInline.Replace(text)
	var sb strings.Builder
	sb.Grow(len(text) + 8)
	first := true
	for line := range strings.SplitSeq(text, "\n") {
		if !first {
			sb.WriteByte('\n')
		}
		first = false
		// What Markdown reads as a marker stands in the first bytes of a
		// line: looking there only keeps a very long line cheap.
		head := line[:min(len(line), lineStartWindow)]
		sb.WriteString(markdownLineStart.ReplaceAllStringFunc(head, escapeLineStart))
		sb.WriteString(line[len(head):])
	}
	return sb.String()
}

// lineStartWindow is how many bytes of a line escapeMarkdown looks at for a
// marker.
const lineStartWindow = 64

// escapeLineStart escapes the marker m found at the start of a line.
func escapeLineStart(m string) string {
	trimmed := strings.TrimLeft(m, " \t")
	indent := m[:len(m)-len(trimmed)]
	if last := trimmed[len(trimmed)-1]; last == '.' || last == ')' {
		return indent + trimmed[:len(trimmed)-1] + `\` + string(last)
	}
	return indent + `\` + trimmed
}

// html renders the body as HTML: paragraphs, headings, lists, quotations
// and preformatted code, with the text escaped.
func (body textBody) html() string {
	var sb strings.Builder
	for i, b := range body {
		inList := i > 0 && sameTextList(body[i-1], b)
		if b.kind == boilerplate.ListItem && !inList {
			sb.WriteString(listTag(b, false))
		}
		text := html.EscapeString(b.text)
		switch b.kind {
		case boilerplate.Heading:
			tag := "h" + strconv.Itoa(max(2, min(b.level, 6)))
			sb.WriteString("<" + tag + ">" + text + "</" + tag + ">")
		case boilerplate.ListItem:
			sb.WriteString("<li>" + text + "</li>")
		case boilerplate.Code:
			sb.WriteString("<pre><code>" + text + "</code></pre>")
		case boilerplate.Quote:
			sb.WriteString("<blockquote><p>" + text + "</p></blockquote>")
		default:
			sb.WriteString("<p>" + strings.ReplaceAll(text, "\n", "<br>") + "</p>")
		}
		if b.kind == boilerplate.ListItem && (i+1 == len(body) || !sameTextList(b, body[i+1])) {
			sb.WriteString(listTag(b, true))
		}
		sb.WriteString("\n")
	}
	return strings.TrimSpace(sb.String())
}

func listTag(b inputBlock, closing bool) string {
	tag := "ul"
	if b.ordered {
		tag = "ol"
	}
	if closing {
		return "</" + tag + ">"
	}
	return "<" + tag + ">"
}
