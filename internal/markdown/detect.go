package markdown

import (
	"strings"

	"github.com/artext/artext/internal/textutil"
)

// Detect reports whether lines read as Markdown: they have a heading
// written with hashes or underlined with "=", or a fenced code block, or
// several inline links.
func Detect(lines []string) bool {
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
