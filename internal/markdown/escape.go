package markdown

import (
	"regexp"
	"strings"
)

// inlineMarkup finds the characters that Markdown reads as inline markup
// anywhere in a line.
var inlineMarkup = strings.NewReplacer(`\`, `\\`, "*", `\*`, "`", "\\`", "[", `\[`, "]", `\]`, "<", `\<`, "_", `\_`)

// lineStart finds what Markdown reads as the start of a heading, a
// quotation, a list or a rule at the start of a line.
var lineStart = regexp.MustCompile(`^([ \t]*)([#>+=|-]|\d+[.)])`)

// Escape escapes text so that Markdown shows it as it is.
func Escape(text string) string {
	text = inlineMarkup.Replace(text)
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
		sb.WriteString(lineStart.ReplaceAllStringFunc(head, escapeLineStart))
		sb.WriteString(line[len(head):])
	}
	return sb.String()
}

// lineStartWindow is how many bytes of a line Escape looks at for a
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
