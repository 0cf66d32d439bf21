package extract

import (
	"bytes"
	"regexp"
	"strings"
)

// htmlSignature finds the markup that only an HTML document starts with.
var htmlSignature = regexp.MustCompile(`(?i)^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|link|script|style)[\s>/]`)

// tagPattern finds things that look like HTML tags.
var tagPattern = regexp.MustCompile(`</?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?>`)

// sniffFormat decides whether data (UTF-8) is HTML or text from its
// content, never from a name: a document that starts with a doctype or an
// <html>, <head> or <body> tag is HTML, and so is one where tags take a
// large share of the first 16 KiB; anything else is text. Markdown, which
// may hold a few tags of inline HTML, is HTML only when tags take a third
// of it.
func sniffFormat(data []byte) InputFormat {
	head := data[:min(len(data), 16<<10)]
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	if htmlSignature.Match(head) {
		return InputHTML
	}
	tags := tagPattern.FindAllIndex(head, -1)
	if len(tags) < 3 {
		return InputText
	}
	markup := 0
	for _, t := range tags {
		markup += t[1] - t[0]
	}
	// Text that quotes a tag or two stays text; a fragment of HTML with a
	// tag every line or so is HTML.
	lines := bytes.Count(head, []byte("\n")) + 1
	if isMarkdown(textLines(string(head))) {
		if markup*3 >= len(head) {
			return InputHTML
		}
		return InputText
	}
	if markup*10 >= len(head) || len(tags)*2 >= lines {
		return InputHTML
	}
	return InputText
}

// servedAsHTML reports whether a Content-Type says the content is HTML, as
// a browser would take it: then there is nothing to sniff.
func servedAsHTML(contentType string) bool {
	media, _, _ := strings.Cut(contentType, ";")
	media = strings.ToLower(strings.TrimSpace(media))
	return media == "text/html" || media == "application/xhtml+xml"
}
