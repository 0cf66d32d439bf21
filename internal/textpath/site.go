package textpath

import (
	"strings"

	"github.com/artext/artext/internal/document"
)

// maxSiteNameWords is the length above which a line is not taken for the
// name of a publication.
const maxSiteNameWords = 5

// findSiteName returns the indexes of the lines that name the publication
// among the blocks before first, the article's first paragraph, that are
// not in taken, or nil. The name is a short line in the page's header that
// the page repeats at once (aggregators print the publisher's name twice),
// or one that the page's host name spells ("The Independent" on
// independent.co.uk) and the page repeats.
func findSiteName(doc *Page, first int, taken map[int]bool, hints urlHints) []int {
	lo := max(0, first-2*metadataWindow)
	counts := doc.lineCounts()
	for i := first - 1; i >= lo; i-- {
		if !isSiteNameCandidate(doc, i, taken) {
			continue
		}
		key := doc.blocks[i].key
		if i > 0 && doc.blocks[i-1].key == key {
			return []int{i - 1, i}
		}
		if counts[key] > 1 && hints.spellsHost(doc.blocks[i].text) {
			return []int{i}
		}
	}
	return nil
}

// isSiteNameCandidate reports whether block i could name the publication.
func isSiteNameCandidate(doc *Page, i int, taken map[int]bool) bool {
	f := doc.features[i]
	return !taken[i] && doc.decision(i).Kept() && doc.roles[i] == document.Short &&
		f.words >= 1 && f.words <= maxSiteNameWords && f.letters >= 0.7 && !f.sentenceEnd
}

// spellsHost reports whether the words of s, run together, hold a label
// of the page's host name of four letters or more, or the other way round.
func (h urlHints) spellsHost(s string) bool {
	joined := strings.Join(lowerWords(s), "")
	if joined == "" {
		return false
	}
	for _, label := range h.host {
		if len(label) >= 4 && (strings.Contains(joined, label) || strings.Contains(label, joined) && len(joined) >= 4) {
			return true
		}
	}
	return false
}
