package input

import (
	"bytes"
	"regexp"
	"strings"

	"github.com/artext/artext/internal/markdown"
	"github.com/artext/artext/internal/textutil"
)

// htmlSignature finds the markup that only an HTML document starts with.
var htmlSignature = regexp.MustCompile(`(?i)^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|link|script|style)[\s>/]`)

// tagPattern finds things that look like HTML tags.
var tagPattern = regexp.MustCompile(`</?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?>`)

// SniffHTML decides whether data (UTF-8) is HTML, or else text, from its
// content, never from a name: a document that starts with a doctype or an
// <html>, <head> or <body> tag is HTML, and so is one where tags take a
// large share of the first 16 KiB; anything else is text. Markdown, which
// may hold a few tags of inline HTML, is HTML only when tags take a third
// of it.
func SniffHTML(data []byte) bool {
	head := data[:min(len(data), 16<<10)]
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	if htmlSignature.Match(head) {
		return true
	}
	tags := tagPattern.FindAllIndex(head, -1)
	if len(tags) < 3 {
		return false
	}
	markup := 0
	for _, t := range tags {
		markup += t[1] - t[0]
	}
	// Text that quotes a tag or two stays text; a fragment of HTML with a
	// tag every line or so is HTML.
	lines := bytes.Count(head, []byte("\n")) + 1
	if markdown.Detect(textutil.Lines(string(head))) {
		return markup*3 >= len(head)
	}
	if markup*10 < len(head) && len(tags)*2 < lines {
		return false
	}
	// A page starts with its markup. Text that does not, but holds markup
	// (a text copy with a script's or a <noscript>'s HTML left in it), has
	// it on a few of its lines; HTML has it on most.
	if first := bytes.TrimLeft(head, " \t\r\n\f"); len(first) > 0 && first[0] != '<' && taggedLineShare(head, tags) < 0.5 &&
		!documentStart.Match(head) {
		return false
	}
	return true
}

// documentStart finds the start of an HTML document after something else,
// as in a response saved with its HTTP header.
var documentStart = regexp.MustCompile(`(?i)<(?:!doctype\s+html|html)[\s>]`)

// taggedLineShare returns the share of the non-blank lines of head that
// hold one of the tags found at the index pairs of tags.
func taggedLineShare(head []byte, tags [][]int) float64 {
	tagged, lines, next, start := 0, 0, 0, 0
	for start < len(head) {
		end := bytes.IndexByte(head[start:], '\n')
		if end < 0 {
			end = len(head)
		} else {
			end += start
		}
		if len(bytes.TrimSpace(head[start:end])) > 0 {
			lines++
			for next < len(tags) && tags[next][0] < start {
				next++
			}
			if next < len(tags) && tags[next][0] < end {
				tagged++
			}
		}
		start = end + 1
	}
	if lines == 0 {
		return 0
	}
	return float64(tagged) / float64(lines)
}

// ServedAsHTML reports whether a Content-Type says the content is HTML, as
// a browser would take it: then there is nothing to sniff.
func ServedAsHTML(contentType string) bool {
	media, _, _ := strings.Cut(contentType, ";")
	media = strings.ToLower(strings.TrimSpace(media))
	return media == "text/html" || media == "application/xhtml+xml"
}
