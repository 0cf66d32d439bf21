package textpath

import (
	"strings"

	"github.com/artext/artext/boilerplate"
	"github.com/artext/artext/internal/document"
	"github.com/artext/artext/internal/meta"
)

// The weights of blocks in the search for the article's extent. A block of
// prose weighs its words; every other block costs a little, furniture
// more, so that the article is the run of blocks where prose outweighs
// what stands between its paragraphs.
const (
	shortLineCost = 3 // a line that is not prose: a heading, a link, a label
	furnitureCost = 6 // a menu, a form field, a placeholder, a rule's removal
	tableRowCost  = 1 // a row of a table

	// minArticleWords is the number of words of prose that an article
	// has before readers' comments can start.
	minArticleWords = 50
)

// blockWeight returns the weight of a block in the search for the extent.
func blockWeight(b *inputBlock, f blockFeatures, r document.Role) int {
	if b.kind == boilerplate.TableCell && r != document.RuleRemoved {
		return -tableRowCost
	}
	if b.kind == boilerplate.Code && r != document.RuleRemoved {
		return 0 // a program between two paragraphs does not part them
	}
	switch r {
	case document.Prose:
		return f.words
	case document.Caption:
		return 0
	case document.Furniture, document.RuleRemoved:
		return -furnitureCost
	}
	return -shortLineCost
}

// densestRun returns the run of weights [start, end) with the largest sum:
// the article's blocks, and the header and footer outside them. It returns
// an empty run when no weight is positive. It costs one pass (Kadane's
// algorithm).
func densestRun(weights []int) (start, end int) {
	best, sum, from := 0, 0, 0
	for i, w := range weights {
		if sum <= 0 {
			sum, from = 0, i
		}
		sum += w
		if sum > best {
			best, start, end = sum, from, i+1
		}
	}
	return start, end
}

// commentsStart returns where the readers' comments start in the article's
// extent, or its end when there are none. Comments are short lines that
// carry a date and a time of day ("Anna says: 3 March 2024 at 10:15")
// after the article's first minArticleWords words of prose, at least two of
// them; they start at the first one, or at the lines just before it. A
// dated line followed, before the next one, by more prose than came before
// it is the article's own date line, under its lead, not a comment's.
func (d *Page) commentsStart() int {
	var dated, wordsBefore []int
	words := 0
	for i := d.firstProse(); i < d.end; i++ {
		if d.roles[i] == document.Prose {
			words += d.features[i].words
		} else if words >= minArticleWords && d.features[i].words <= meta.MaxBylineWords && hasDateAndTime(d.blocks[i].text) {
			dated = append(dated, i)
			wordsBefore = append(wordsBefore, words)
		}
	}
	for len(dated) >= 2 && wordsBefore[1]-wordsBefore[0] > wordsBefore[0] {
		dated, wordsBefore = dated[1:], wordsBefore[1:]
	}
	if len(dated) < 2 {
		return d.end
	}
	cut := dated[0]
	for cut-1 > d.start && d.roles[cut-1] != document.Prose {
		cut--
	}
	return cut
}

// introducedListEnd returns the end of the article's extent moved past the
// list that its last paragraph, or a line right after it, introduces with a
// colon ("Water it:"): a list whose short items cost more than they weigh.
func (d *Page) introducedListEnd() int {
	end := d.end
	if end == 0 || end >= len(d.blocks) {
		return end
	}
	if d.blocks[end].kind != boilerplate.ListItem && strings.HasSuffix(d.blocks[end].text, ":") && d.decision(end).Kept() &&
		end+1 < len(d.blocks) && d.blocks[end+1].kind == boilerplate.ListItem {
		end++ // the line that introduces the list follows the last paragraph
	}
	if !strings.HasSuffix(d.blocks[end-1].text, ":") {
		return end
	}
	for end < len(d.blocks) && d.blocks[end].kind == boilerplate.ListItem && d.decision(end).Kept() {
		end++
	}
	return end
}

// runFrom returns the end of the run of weights that starts at start and
// has the largest sum, with the sum.
func runFrom(weights []int, start int) (end, sum int) {
	end, best, total := start, 0, 0
	for i := start; i < len(weights); i++ {
		total += weights[i]
		if total > best {
			best, end = total, i+1
		}
	}
	return end, best
}

// runSum returns the sum of weights[start:end].
func runSum(weights []int, start, end int) int {
	sum := 0
	for _, w := range weights[start:end] {
		sum += w
	}
	return sum
}

// minHeadlineRunShare is the share of the densest run's weight that the run
// after a headline the address names must reach to be taken instead.
const minHeadlineRunShare = 0.2

// preferHeadlineRun moves the extent to the run of prose that follows the
// line that the page's address names, word for word (the headline, in
// the address's slug), when that line stands well before the extent and
// the run that follows it weighs enough: a short article loses to a long
// list of comments or teasers further down its page otherwise.
func (d *Page) preferHeadlineRun(weights []int, hints urlHints) {
	anchor := d.headlineInAddress(hints)
	if anchor < 0 || anchor >= d.start-metadataWindow {
		return
	}
	end, sum := runFrom(weights, anchor+1)
	if sum > 0 && float64(sum) >= minHeadlineRunShare*float64(runSum(weights, d.start, d.end)) {
		d.start, d.end = anchor+1, end
	}
}

// minSlugWords is the number of words of the address's path that a line
// must have to be taken for the headline it names.
const minSlugWords = 3

// headlineInAddress returns the index of the short line whose words the
// page's address spells best (at least minSlugWords of them, and most of
// the line), or -1.
func (d *Page) headlineInAddress(hints urlHints) int {
	best, bestShare := -1, 0.6
	for i, b := range d.blocks {
		if d.roles[i] != document.Short || d.features[i].words < minSlugWords || d.features[i].words > maxTitleWords {
			continue
		}
		share, n := hints.pathMatch(b.text)
		if n >= minSlugWords && share > bestShare {
			best, bestShare = i, share
		}
	}
	return best
}

// weights returns the weight of every block in the search for the extent.
// A short line the page repeats ("Reply", a menu) costs as much as
// furniture; a paragraph the page repeats weighs nothing the second time.
func (d *Page) weights() []int {
	w := make([]int, len(d.blocks))
	counts := d.lineCounts()
	seen := make(map[string]bool)
	for i, b := range d.blocks {
		w[i] = blockWeight(&d.blocks[i], d.features[i], d.roles[i])
		key := b.key
		switch {
		case counts[key] > 1 && d.roles[i] == document.Short:
			w[i] = -furnitureCost
		case seen[key] && d.roles[i] == document.Prose:
			w[i] = 0
		}
		seen[key] = true
	}
	return w
}
