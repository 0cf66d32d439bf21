package textpath

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/artext/artext/boilerplate"
	"github.com/artext/artext/internal/document"
)

// maxTitleWords is the length above which a line is not taken for a
// headline.
const maxTitleWords = 30

// titleWindow is how many blocks before the article's first paragraph the
// headline is looked for in.
const titleWindow = 60

// findTitle returns the index of the article's headline among the blocks
// [lo, first), first being the article's first paragraph, or -1.
//
// The headline is a short line that does not end with a full stop or a
// colon; it is usually close before the first paragraph (with maybe a
// byline, a date or a caption between), often repeated elsewhere on the
// page, and often echoed by the words of the page's address. A Markdown
// heading wins over plain lines.
func findTitle(doc *Page, lo, first int, hints urlHints) int {
	counts := doc.lineCounts()
	best, bestScore := -1, 0.0
	for i := lo; i < first; i++ {
		if !isTitleCandidate(doc, i) {
			continue
		}
		b := doc.blocks[i]
		f := doc.features[i]
		score := 10 - 0.2*float64(min(first-i-1, 30))
		score += 0.5 * float64(min(f.words, 12))
		if counts[b.key] > 1 || doc.quotedElsewhere(i) {
			score += 4
		}
		score += 10 * hints.pathShare(b.text)
		if b.kind == boilerplate.Heading {
			score += 6
			if b.level == 1 {
				score += 4
			}
		}
		if r, _ := utf8.DecodeRuneInString(b.text); unicode.IsLower(r) {
			score -= 3
		} else if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsPunct(r) {
			score -= 5 // a symbol: "☆ Links", "» More"
		}
		if doc.standsAlone(i) {
			score += 3 // a heading has blank lines around it, a menu's items not
		}
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	return best
}

// isTitleCandidate reports whether block i could be a headline.
func isTitleCandidate(doc *Page, i int) bool {
	b, f := doc.blocks[i], doc.features[i]
	if !doc.decision(i).Kept() || doc.roles[i] != document.Short || b.kind == boilerplate.ListItem || b.kind == boilerplate.Code {
		return false
	}
	if f.words < 2 || f.words > maxTitleWords || f.letters < 0.6 {
		return false
	}
	text := strings.TrimSpace(b.text)
	if strings.HasSuffix(text, ":") || strings.HasSuffix(text, ".") && !strings.HasSuffix(text, "...") {
		return false
	}
	return !looksLikeByline(text) && !isDateLine(text, f)
}

// quotedElsewhere reports whether the text of block i stands inside a
// longer line of the page, as a headline does in a breadcrumb trail or a
// "Title | Site" line. A copyright notice, which repeats the site's name,
// does not count.
func (d *Page) quotedElsewhere(i int) bool {
	text := d.blocks[i].text
	if len(text) < 12 {
		return false
	}
	for j, b := range d.blocks {
		if j != i && len(b.text) > len(text) && len(b.text) < 3*len(text)+40 && strings.Contains(b.text, text) && !isCopyright(b.text) {
			return true
		}
	}
	return false
}

// pathShare returns the share of the words of s that the page's address
// has in its path, when s has at least two words.
func (h urlHints) pathShare(s string) float64 {
	share, _ := h.pathMatch(s)
	return share
}

// pathMatch returns the share and the number of the words of s that the
// page's address has in its path, when s has at least two words.
func (h urlHints) pathMatch(s string) (float64, int) {
	if len(h.path) == 0 {
		return 0, 0
	}
	words := lowerWords(s)
	if len(words) < 2 {
		return 0, 0
	}
	n := 0
	for _, w := range words {
		if h.path[w] {
			n++
		}
	}
	return float64(n) / float64(len(words)), n
}

// isCopyright reports whether s is a copyright notice.
func isCopyright(s string) bool {
	return strings.Contains(s, "©") || strings.Contains(strings.ToLower(s), "copyright")
}

// standsAlone reports whether block i has blank lines before and after it.
func (d *Page) standsAlone(i int) bool {
	return d.blocks[i].blankBefore && (i+1 == len(d.blocks) || d.blocks[i+1].blankBefore)
}
