package render

import (
	"html"
	"strconv"
	"strings"

	"github.com/artext/artext/boilerplate"
	"github.com/artext/artext/internal/document"
	"github.com/artext/artext/internal/markdown"
)

// MarkdownFromBlocks renders the blocks of a text's body as Markdown: the
// Markdown of each block when the input was Markdown, made safe (see
// safeMarkdown), else the text with Markdown's special characters escaped,
// list items as lists and headings as headings.
func MarkdownFromBlocks(body []document.Block) string {
	var sb strings.Builder
	number := 0
	for i := range body {
		b := &body[i]
		if i > 0 {
			if sameTextList(&body[i-1], b) {
				sb.WriteString("\n")
			} else {
				sb.WriteString("\n\n")
			}
		}
		if b.Kind == boilerplate.ListItem && (i == 0 || !sameTextList(&body[i-1], b)) {
			number = 0
		}
		if b.Markdown != "" {
			sb.WriteString(safeMarkdown(b.Markdown))
			continue
		}
		switch b.Kind {
		case boilerplate.Heading:
			sb.WriteString(strings.Repeat("#", max(2, min(b.Level, 6))) + " " + markdown.Escape(b.Text))
		case boilerplate.ListItem:
			number++
			if b.Ordered {
				sb.WriteString(strconv.Itoa(number) + ". ")
			} else {
				sb.WriteString("- ")
			}
			sb.WriteString(markdown.Escape(b.Text))
		case boilerplate.Code:
			sb.WriteString("```\n" + b.Text + "\n```")
		case boilerplate.Quote:
			sb.WriteString("> " + strings.ReplaceAll(markdown.Escape(b.Text), "\n", "\n> "))
		default:
			sb.WriteString(markdown.Escape(b.Text))
		}
	}
	return sb.String()
}

// sameTextList reports whether a and b, consecutive blocks of a text, are
// items of one list.
func sameTextList(a, b *document.Block) bool {
	return a.Kind == boilerplate.ListItem && b.Kind == boilerplate.ListItem && a.Ordered == b.Ordered
}

// HTMLFromBlocks renders the blocks of a text's body as HTML: paragraphs,
// headings, lists, quotations and preformatted code, with the text
// escaped.
func HTMLFromBlocks(body []document.Block) string {
	var sb strings.Builder
	for i := range body {
		b := &body[i]
		inList := i > 0 && sameTextList(&body[i-1], b)
		if b.Kind == boilerplate.ListItem && !inList {
			sb.WriteString(listTag(b, false))
		}
		text := html.EscapeString(b.Text)
		switch b.Kind {
		case boilerplate.Heading:
			tag := "h" + strconv.Itoa(max(2, min(b.Level, 6)))
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
		if b.Kind == boilerplate.ListItem && (i+1 == len(body) || !sameTextList(b, &body[i+1])) {
			sb.WriteString(listTag(b, true))
		}
		sb.WriteString("\n")
	}
	return strings.TrimSpace(sb.String())
}

func listTag(b *document.Block, closing bool) string {
	tag := "ul"
	if b.Ordered {
		tag = "ol"
	}
	if closing {
		return "</" + tag + ">"
	}
	return "<" + tag + ">"
}
