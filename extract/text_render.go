package extract

import (
	"html"
	"strconv"
	"strings"

	"github.com/artext/artext/boilerplate"
	"github.com/artext/artext/internal/markdown"
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
			sb.WriteString(strings.Repeat("#", max(2, min(b.level, 6))) + " " + markdown.Escape(b.text))
		case boilerplate.ListItem:
			number++
			if b.ordered {
				sb.WriteString(strconv.Itoa(number) + ". ")
			} else {
				sb.WriteString("- ")
			}
			sb.WriteString(markdown.Escape(b.text))
		case boilerplate.Code:
			sb.WriteString("```\n" + b.text + "\n```")
		case boilerplate.Quote:
			sb.WriteString("> " + strings.ReplaceAll(markdown.Escape(b.text), "\n", "\n> "))
		default:
			sb.WriteString(markdown.Escape(b.text))
		}
	}
	return sb.String()
}

// sameTextList reports whether a and b are consecutive items of one list.
func sameTextList(a, b inputBlock) bool {
	return a.kind == boilerplate.ListItem && b.kind == boilerplate.ListItem && a.ordered == b.ordered
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
