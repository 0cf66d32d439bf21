package textpath

import (
	"strings"

	"github.com/artext/artext/boilerplate"
	"github.com/artext/artext/internal/document"
)

// minProseWords is the number of words from which a block that ends like
// a sentence counts as prose; longProseWords the number from which any
// block does.
const (
	minProseWords  = 7
	longProseWords = 20
)

// classifyBlock returns the role of a block from its features.
func classifyBlock(b *inputBlock, f blockFeatures) document.Role {
	switch {
	case b.kind == boilerplate.Code:
		return document.Short // code has few letters, and is no furniture
	case f.furniture || f.letters < 0.5:
		return document.Furniture
	case isCaption(b.text, f):
		return document.Caption
	case b.kind == boilerplate.Heading, isTeaser(b.text, f):
		return document.Short
	case f.words >= longProseWords && f.letters >= 0.6,
		f.words >= minProseWords && f.letters >= 0.6 && (f.sentenceEnd || f.sentences > 0):
		return document.Prose
	}
	return document.Short
}

// maxTeaserWords is the length up to which a block cut short with an
// ellipsis is taken for a teaser.
const maxTeaserWords = 40

// isTeaser reports whether text is a teaser: the start of a text, cut short
// with an ellipsis, as pages show other articles.
func isTeaser(text string, f blockFeatures) bool {
	return f.words <= maxTeaserWords && (strings.HasSuffix(text, "...") || strings.HasSuffix(text, "…"))
}

// demoteStrayProse takes for short lines the short paragraphs that stand
// alone among lines that are not prose, three or more of the two before
// and the two after them: a teaser's blurb, a notice, a sidebar's sentence.
// Paragraphs of an article stand next to each other. When every paragraph
// of the text stands so, none is demoted.
func (d *Page) demoteStrayProse() {
	var demoted []int
	for i := range d.blocks {
		if d.roles[i] != document.Prose || d.features[i].words >= longProseWords {
			continue
		}
		before, after := 0, 0
		for j := i - 1; j >= 0 && before < 2 && d.roles[j] != document.Prose; j-- {
			before++
		}
		for j := i + 1; j < len(d.blocks) && after < 2 && d.roles[j] != document.Prose; j++ {
			after++
		}
		if before+after >= 3 {
			demoted = append(demoted, i)
		}
	}
	prose := 0
	for _, r := range d.roles {
		if r == document.Prose {
			prose++
		}
	}
	if len(demoted) == prose {
		return // a short text among pictures or links: it is the article
	}
	for _, i := range demoted {
		d.roles[i] = document.Short
	}
}
