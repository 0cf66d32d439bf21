package textpath

import (
	"strings"

	"github.com/artext/artext/boilerplate"
	"github.com/artext/artext/internal/document"
)

// The reasons, other than a boilerplate rule, for which the text path
// leaves a block out of the body. They name the block's removal in the
// explain report, in the category "structure".
const (
	reasonOutside   = "outside-article" // before or after the run of prose
	reasonMetadata  = "metadata-line"   // the title, byline, site name or date
	reasonFurniture = "page-furniture"  // a menu, form field, placeholder or border
	reasonRepeated  = "repeated-line"   // a line the page has more than once
	reasonCaption   = "photo-caption"   // moved to the captions
	reasonStray     = "stray-line"      // a short line that leads to no text
)

// exclude records, for every block that the rules kept, why it is left
// out of the article's body, if it is (see reason): a photo caption is
// moved to the captions, any other such block dropped.
func (d *Page) exclude() {
	counts := d.lineCounts()
	seen := map[string]bool{}
	for i := range d.blocks {
		if d.decision(i).Kept() {
			if r := d.reason(i, counts, seen); r != "" {
				action := boilerplate.Drop
				if r == reasonCaption {
					action = boilerplate.MoveToCaptions
				}
				d.out.Blocks[i].Excluded = document.Exclusion{Reason: r, Action: action}
			}
		}
		if i >= d.start && i < d.end {
			seen[d.blocks[i].key] = true
		}
	}
}

// reason returns why block i is not in the body, or "" when it is, for a
// block that no rule removed.
func (d *Page) reason(i int, counts map[string]int, seen map[string]bool) string {
	key := d.blocks[i].key
	switch {
	case d.meta.has(i):
		return reasonMetadata
	case i < d.start || i >= d.end:
		return reasonOutside
	case d.roles[i] == document.Caption:
		return reasonCaption
	case d.roles[i] == document.Furniture:
		return reasonFurniture
	case seen[key]:
		return reasonRepeated
	case d.roles[i] == document.Short && d.blocks[i].kind != boilerplate.Heading && counts[key] > 1:
		return reasonRepeated
	case d.roles[i] == document.Short && d.strayLine(i):
		return reasonStray
	case d.blocks[i].kind == boilerplate.ListItem && i < d.firstProse() && d.features[i].words <= 3:
		return reasonFurniture // a menu between the headline and the text
	}
	return ""
}

// lineCounts counts how often each block's text occurs in the document. It
// counts once and keeps the counts.
func (d *Page) lineCounts() map[string]int {
	if d.counts != nil {
		return d.counts
	}
	d.counts = make(map[string]int, len(d.blocks))
	for _, b := range d.blocks {
		d.counts[b.key]++
	}
	return d.counts
}

// lineKey is the form in which two lines are compared: case and spacing
// folded, and every digit made a zero, so that "Shared 5 times" and
// "Shared 12 times" are the same line of a template.
func lineKey(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return '0'
		}
		return r
	}, strings.ToLower(strings.Join(strings.Fields(s), " ")))
}

// strayLine reports whether the short block i leads to no text: the
// block after it is neither prose nor a list item, code, a quotation or a
// table.
func (d *Page) strayLine(i int) bool {
	if isStructured(d.blocks[i].kind) || d.blocks[i].kind == boilerplate.Heading || d.features[i].sentenceEnd && d.features[i].words >= 3 {
		return false
	}
	j := i + 1
	if j >= d.end {
		return true
	}
	if !d.blocks[i].blankBefore && !d.blocks[j].blankBefore && d.roles[j] == document.Short {
		return false // one of several lines together: verse, code, an address
	}
	return d.roles[j] != document.Prose && !isStructured(d.blocks[j].kind)
}

// isStructured reports whether blocks of kind k are parts of the text's own
// structure, kept where they stand: list items, code, quotations, tables.
func isStructured(k boilerplate.Kind) bool {
	switch k {
	case boilerplate.ListItem, boilerplate.Code, boilerplate.Quote, boilerplate.TableCell:
		return true
	}
	return false
}
