package extract

import (
	"regexp"
	"strings"

	"github.com/artext/artext/boilerplate"
	"github.com/artext/artext/internal/textutil"
)

var (
	// atxHeading matches a Markdown heading written with hashes: "## Title".
	atxHeading = regexp.MustCompile(`^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$`)
	// setextUnderline matches the line under a heading written with
	// underlines: "=====" for level 1, "-----" for level 2.
	setextUnderline = regexp.MustCompile(`^ {0,3}(=+|-+)[ \t]*$`)
	// codeFence matches the line that opens or closes a fenced code block.
	codeFence = regexp.MustCompile("^ {0,3}(```+|~~~+)")
	// thematicBreak matches a horizontal rule.
	thematicBreak = regexp.MustCompile(`^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$`)
	// markdownListItem matches the marker of a list item.
	markdownListItem = regexp.MustCompile(`^ {0,3}(?:[-*+]|(\d{1,9})[.)])[ \t]+`)
	// inlineLink matches a Markdown link or image: [text](url), ![alt](src).
	inlineLink = regexp.MustCompile(`(!?)\[([^\]]*)\]\([^)\s]*(?:\s+"[^"]*")?\)`)
)

// isMarkdown reports whether lines read as Markdown: they have a heading
// written with hashes or underlined with "=", or a fenced code block, or
// several inline links.
func isMarkdown(lines []string) bool {
	links, fences := 0, 0
	for i, l := range lines {
		switch {
		case atxHeading.MatchString(l) && strings.TrimLeft(l, " #") != "":
			return true
		case i > 0 && strings.Contains(l, "===") && setextUnderline.MatchString(l) && !textutil.IsBlank(lines[i-1]):
			return true
		case codeFence.MatchString(l):
			fences++
		}
		if strings.Contains(l, "](") {
			links += len(inlineLink.FindAllStringIndex(l, -1))
		}
	}
	return fences >= 2 || links >= 3
}

// splitMarkdownBlocks divides Markdown into blocks: headings with their
// level, paragraphs, list items, quotations and code blocks. Each block
// keeps its Markdown; its text is the Markdown without inline markup.
func splitMarkdownBlocks(lines []string) []inputBlock {
	var blocks []inputBlock
	var para []string // the lines of the open paragraph, list item or quotation
	kind, ordered, start := boilerplate.Paragraph, false, 0
	blank := true
	flush := func() {
		if len(para) == 0 {
			return
		}
		md := strings.Join(para, "\n")
		text := markdownText(kind, para)
		if text != "" {
			blocks = append(blocks, inputBlock{text: text, markdown: md, kind: kind, ordered: ordered, line: start, blankBefore: blank})
		}
		para, kind, ordered, blank = nil, boilerplate.Paragraph, false, false
	}
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		switch {
		case textutil.IsBlank(l):
			flush()
			blank = true
		case codeFence.MatchString(l):
			flush()
			fence := codeFence.FindStringSubmatch(l)[1]
			j := i + 1
			for j < len(lines) && !strings.HasPrefix(strings.TrimLeft(lines[j], " "), fence) {
				j++
			}
			code := strings.Join(lines[i+1:min(j, len(lines))], "\n")
			md := strings.Join(lines[i:min(j+1, len(lines))], "\n")
			if strings.TrimSpace(code) != "" {
				blocks = append(blocks, inputBlock{text: code, markdown: md, kind: boilerplate.Code, line: i, blankBefore: blank})
			}
			blank = false
			i = j
		case atxHeading.MatchString(l):
			flush()
			m := atxHeading.FindStringSubmatch(l)
			if text := stripInlineMarkdown(m[2]); text != "" {
				blocks = append(blocks, inputBlock{text: text, markdown: strings.TrimSpace(l), kind: boilerplate.Heading, level: len(m[1]), line: i, blankBefore: blank})
			}
		case len(para) > 0 && kind == boilerplate.Paragraph && setextUnderline.MatchString(l):
			level := 1
			if strings.Contains(l, "-") {
				level = 2
			}
			text := stripInlineMarkdown(strings.Join(para, " "))
			blocks = append(blocks, inputBlock{text: text, markdown: strings.Repeat("#", level) + " " + strings.Join(strings.Fields(strings.Join(para, " ")), " "), kind: boilerplate.Heading, level: level, line: start, blankBefore: blank})
			para, blank = nil, false
		case thematicBreak.MatchString(l):
			flush()
		case markdownListItem.MatchString(l):
			flush()
			kind, ordered, start = boilerplate.ListItem, markdownListItem.FindStringSubmatch(l)[1] != "", i
			para = append(para, l)
		case strings.HasPrefix(strings.TrimLeft(l, " "), ">"):
			if kind != boilerplate.Quote {
				flush()
				kind, start = boilerplate.Quote, i
			}
			para = append(para, l)
		case strings.HasPrefix(strings.TrimLeft(l, " "), "|"):
			if kind != boilerplate.TableCell {
				flush()
				kind, start = boilerplate.TableCell, i
			}
			para = append(para, l)
		default:
			if kind == boilerplate.TableCell || kind == boilerplate.Quote {
				flush()
			}
			if len(para) == 0 {
				start = i
			}
			para = append(para, l)
		}
	}
	flush()
	return blocks
}

// tableSeparator matches the line under a Markdown table's header.
var tableSeparator = regexp.MustCompile(`^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$`)

// markdownText returns the text of a block of Markdown lines of the given
// kind: list markers, quotation marks and inline markup removed, the rows
// of a table one to a line with their cells separated by " | ".
func markdownText(kind boilerplate.Kind, lines []string) string {
	switch kind {
	case boilerplate.ListItem:
		first := markdownListItem.ReplaceAllString(lines[0], "")
		return stripInlineMarkdown(strings.Join(append([]string{first}, lines[1:]...), " "))
	case boilerplate.Quote:
		parts := make([]string, len(lines))
		for i, l := range lines {
			parts[i] = strings.TrimPrefix(strings.TrimLeft(l, " "), ">")
		}
		return stripInlineMarkdown(strings.Join(parts, " "))
	case boilerplate.TableCell:
		var rows []string
		for _, l := range lines {
			if tableSeparator.MatchString(l) {
				continue
			}
			cells := strings.Split(strings.Trim(strings.TrimSpace(l), "|"), "|")
			for i, c := range cells {
				cells[i] = stripInlineMarkdown(c)
			}
			rows = append(rows, strings.Join(cells, " | "))
		}
		return strings.Join(rows, "\n")
	}
	return stripInlineMarkdown(strings.Join(lines, " "))
}

var (
	// referenceLink matches a reference link: [text][ref].
	referenceLink = regexp.MustCompile(`\[([^\]]+)\]\[[^\]]*\]`)
	// autolink matches an autolink: <https://example.com>.
	autolink = regexp.MustCompile(`<((?:https?|mailto):[^>\s]+)>`)
	// emphasis matches text in single or double stars or underscores.
	emphasis = regexp.MustCompile(`(^|[^\w*])(\*{1,3}|_{1,3})([^\s*_](?:[^*_]*[^\s*_])?)(\*{1,3}|_{1,3})`)
	// codeSpan matches inline code.
	codeSpan = regexp.MustCompile("`+([^`]+)`+")
)

// stripInlineMarkdown returns the text a reader sees in a line of Markdown:
// links as their text, images left out, emphasis and code marks removed,
// backslash escapes resolved, spaces collapsed.
func stripInlineMarkdown(s string) string {
	s = inlineLink.ReplaceAllStringFunc(s, func(m string) string {
		sub := inlineLink.FindStringSubmatch(m)
		if sub[1] == "!" {
			return ""
		}
		return sub[2]
	})
	s = referenceLink.ReplaceAllString(s, "$1")
	s = autolink.ReplaceAllString(s, "$1")
	s = codeSpan.ReplaceAllString(s, "$1")
	s = emphasis.ReplaceAllString(s, "$1$3")
	s = unescapeMarkdown(s)
	return strings.Join(strings.Fields(s), " ")
}

// unescapeMarkdown resolves the backslash escapes of ASCII punctuation.
func unescapeMarkdown(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && strings.IndexByte("\\`*_{}[]()#+-.!<>|\"'~=", s[i+1]) >= 0 {
			i++
		}
		sb.WriteByte(s[i])
	}
	return sb.String()
}
