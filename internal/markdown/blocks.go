package markdown

import (
	"strings"

	"github.com/artext/artext/boilerplate"
	"github.com/artext/artext/internal/textutil"
)

// A Block is a block of Markdown input: a heading, a paragraph, a list
// item, a quotation, a table or a code block.
type Block struct {
	// Text is what a reader sees of the block: its Markdown without list
	// markers, quotation marks and inline markup, the rows of a table one
	// to a line with their cells separated by " | ".
	Text string
	// Markdown is the block as the input writes it (a heading underlined
	// with "=" or "-" rewritten with hashes).
	Markdown string
	Kind     boilerplate.Kind
	Level    int  // the level of a heading, 1 to 6
	Ordered  bool // an item of a numbered list
	// Start and End delimit the block's lines: lines[Start:End].
	Start, End int
	// BlankBefore reports whether a blank line stands before the block.
	BlankBefore bool
}

// Split divides Markdown, as lines, into blocks: headings with their
// level, paragraphs, list items, quotations, tables and code blocks. Each
// block keeps its Markdown; its text is the Markdown without inline markup.
func Split(lines []string) []Block {
	var blocks []Block
	var para []string // the lines of the open paragraph, list item or quotation
	kind, ordered, start, end := boilerplate.Paragraph, false, 0, 0
	blank := true
	flush := func() {
		if len(para) == 0 {
			return
		}
		md := strings.Join(para, "\n")
		text := blockText(kind, para)
		if text != "" {
			blocks = append(blocks, Block{Text: text, Markdown: md, Kind: kind, Ordered: ordered, Start: start, End: end, BlankBefore: blank})
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
				blocks = append(blocks, Block{Text: code, Markdown: md, Kind: boilerplate.Code, Start: i, End: min(j+1, len(lines)), BlankBefore: blank})
			}
			blank = false
			i = j
		case atxHeading.MatchString(l):
			flush()
			m := atxHeading.FindStringSubmatch(l)
			if text := stripInline(m[2]); text != "" {
				blocks = append(blocks, Block{Text: text, Markdown: strings.TrimSpace(l), Kind: boilerplate.Heading, Level: len(m[1]), Start: i, End: i + 1, BlankBefore: blank})
			}
		case len(para) > 0 && kind == boilerplate.Paragraph && setextUnderline.MatchString(l):
			level := 1
			if strings.Contains(l, "-") {
				level = 2
			}
			text := stripInline(strings.Join(para, " "))
			blocks = append(blocks, Block{Text: text, Markdown: strings.Repeat("#", level) + " " + strings.Join(strings.Fields(strings.Join(para, " ")), " "), Kind: boilerplate.Heading, Level: level, Start: start, End: i + 1, BlankBefore: blank})
			para, blank = nil, false
		case thematicBreak.MatchString(l):
			flush()
		case listItem.MatchString(l):
			flush()
			kind, ordered, start = boilerplate.ListItem, listItem.FindStringSubmatch(l)[1] != "", i
			para, end = append(para, l), i+1
		case strings.HasPrefix(strings.TrimLeft(l, " "), ">"):
			if kind != boilerplate.Quote {
				flush()
				kind, start = boilerplate.Quote, i
			}
			para, end = append(para, l), i+1
		case strings.HasPrefix(strings.TrimLeft(l, " "), "|"):
			if kind != boilerplate.TableCell {
				flush()
				kind, start = boilerplate.TableCell, i
			}
			para, end = append(para, l), i+1
		default:
			if kind == boilerplate.TableCell || kind == boilerplate.Quote {
				flush()
			}
			if len(para) == 0 {
				start = i
			}
			para, end = append(para, l), i+1
		}
	}
	flush()
	return blocks
}

// blockText returns the text of a block of Markdown lines of the given
// kind: list markers, quotation marks and inline markup removed, the rows
// of a table one to a line with their cells separated by " | ".
func blockText(kind boilerplate.Kind, lines []string) string {
	switch kind {
	case boilerplate.ListItem:
		first := listItem.ReplaceAllString(lines[0], "")
		return stripInline(strings.Join(append([]string{first}, lines[1:]...), " "))
	case boilerplate.Quote:
		parts := make([]string, len(lines))
		for i, l := range lines {
			parts[i] = strings.TrimPrefix(strings.TrimLeft(l, " "), ">")
		}
		return stripInline(strings.Join(parts, " "))
	case boilerplate.TableCell:
		var rows []string
		for _, l := range lines {
			if tableSeparator.MatchString(l) {
				continue
			}
			cells := strings.Split(strings.Trim(strings.TrimSpace(l), "|"), "|")
			for i, c := range cells {
				cells[i] = stripInline(c)
			}
			rows = append(rows, strings.Join(cells, " | "))
		}
		return strings.Join(rows, "\n")
	}
	return stripInline(strings.Join(lines, " "))
}
