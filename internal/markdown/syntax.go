package markdown

import "regexp"

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
	// listItem matches the marker of a list item.
	listItem = regexp.MustCompile(`^ {0,3}(?:[-*+]|(\d{1,9})[.)])[ \t]+`)
	// inlineLink matches a Markdown link or image: [text](url), ![alt](src).
	inlineLink = regexp.MustCompile(`(!?)\[([^\]]*)\]\([^)\s]*(?:\s+"[^"]*")?\)`)
	// tableSeparator matches the line under a Markdown table's header.
	tableSeparator = regexp.MustCompile(`^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$`)
)
