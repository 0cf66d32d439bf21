package htmlpath

import (
	"github.com/artext/artext/boilerplate"
	"github.com/artext/artext/internal/document"
)

// linkParagraphDensity is the share of a paragraph's text inside links
// above which the paragraph points to other pages rather than saying
// something: "Read also: <a>Another story</a>".
const linkParagraphDensity = 0.7

// maxLinkParagraph is the longest such paragraph, in bytes.
const maxLinkParagraph = 200

// markLinkParagraphs marks, in drop, the short paragraphs and headings
// that are mostly a link.
func markLinkParagraphs(blocks []document.Block, mode Mode, drop []string) {
	for i, b := range blocks {
		if mode != Precision && i < lastProse(blocks) {
			continue
		}
		if drop[i] != "" || b.InList || len(b.Text) > maxLinkParagraph {
			continue
		}
		if b.Kind != boilerplate.Paragraph && b.Kind != boilerplate.Heading {
			continue
		}
		if linkDensity(b.Nodes, len(b.Text)) >= linkParagraphDensity {
			drop[i] = "structure/link-paragraph"
		}
	}
}
