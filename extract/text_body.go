package extract

import (
	"strings"

	"github.com/artext/artext/boilerplate"
)

// textBody is the article's body: the blocks kept, in order.
type textBody []inputBlock

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

// body returns the blocks of the article's extent that belong to its body,
// and the captions found there. Along the way it records why each other
// block was left out, for the explain report.
func (d *textDoc) body() (textBody, []string) {
	var body textBody
	var captions []string
	counts := d.lineCounts()
	seen := map[string]bool{}
	for i := d.start; i < d.end; i++ {
		b := d.blocks[i]
		if dec := d.decisions[i]; dec.Kept() {
			switch d.reason(i, counts, seen) {
			case "":
				body = append(body, b)
			case reasonCaption:
				captions = append(captions, b.text)
			}
		} else if dec.Action == boilerplate.MoveToCaptions {
			captions = append(captions, b.text)
		}
		seen[b.key] = true
	}
	return body, captions
}

// reason returns why block i is not in the body, or "" when it is, for a
// block that no rule removed.
func (d *textDoc) reason(i int, counts map[string]int, seen map[string]bool) string {
	key := d.blocks[i].key
	switch {
	case d.meta.has(i):
		return reasonMetadata
	case i < d.start || i >= d.end:
		return reasonOutside
	case d.roles[i] == roleCaption:
		return reasonCaption
	case d.roles[i] == roleFurniture:
		return reasonFurniture
	case seen[key]:
		return reasonRepeated
	case d.roles[i] == roleShort && d.blocks[i].kind != boilerplate.Heading && counts[key] > 1:
		return reasonRepeated
	case d.roles[i] == roleShort && d.strayLine(i):
		return reasonStray
	case d.blocks[i].kind == boilerplate.ListItem && i < d.firstProse() && d.features[i].words <= 3:
		return reasonFurniture // a menu between the headline and the text
	}
	return ""
}

// removals lists, in document order, every block left out of the body and
// why: the rule that removed it, or the structural reason.
func (d *textDoc) removals() []boilerplate.Removal {
	var out []boilerplate.Removal
	counts := d.lineCounts()
	seen := map[string]bool{}
	for i, b := range d.blocks {
		if dec := d.decisions[i]; !dec.Kept() {
			out = append(out, boilerplate.Removal{Rule: dec.Rule.ID, Category: dec.Rule.Category, Action: dec.Action, Text: b.text})
		} else if r := d.reason(i, counts, seen); r != "" {
			action := boilerplate.Drop
			if r == reasonCaption {
				action = boilerplate.MoveToCaptions
			}
			out = append(out, boilerplate.Removal{Rule: r, Category: "structure", Action: action, Text: b.text})
		}
		if i >= d.start && i < d.end {
			seen[b.key] = true
		}
	}
	return out
}

// lineCounts counts how often each block's text occurs in the document. It
// counts once and keeps the counts.
func (d *textDoc) lineCounts() map[string]int {
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
func (d *textDoc) strayLine(i int) bool {
	if isStructured(d.blocks[i].kind) || d.blocks[i].kind == boilerplate.Heading || d.features[i].sentenceEnd && d.features[i].words >= 3 {
		return false
	}
	j := i + 1
	if j >= d.end {
		return true
	}
	if !d.blocks[i].blankBefore && !d.blocks[j].blankBefore && d.roles[j] == roleShort {
		return false // one of several lines together: verse, code, an address
	}
	return d.roles[j] != roleProse && !isStructured(d.blocks[j].kind)
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
