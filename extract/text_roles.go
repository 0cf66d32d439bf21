package extract

import (
	"strings"

	"github.com/artext/artext/boilerplate"
)

// blockRole is what the text path makes of a block.
type blockRole uint8

const (
	roleShort       blockRole = iota // a line that is not prose
	roleProse                        // a paragraph of running text
	roleFurniture                    // menus, form fields, placeholders, borders
	roleCaption                      // a photo caption or credit
	roleRuleRemoved                  // a block a boilerplate rule removed
)

// minProseWords is the number of words from which a block that ends like
// a sentence counts as prose; longProseWords the number from which any
// block does.
const (
	minProseWords  = 7
	longProseWords = 20
)

// classifyBlock returns the role of a block from its features.
func classifyBlock(b *inputBlock, f blockFeatures) blockRole {
	switch {
	case f.furniture || f.letters < 0.5:
		return roleFurniture
	case isCaption(b.text, f):
		return roleCaption
	case b.kind == boilerplate.Heading || b.kind == boilerplate.Code, isTeaser(b.text, f):
		return roleShort
	case f.words >= longProseWords && f.letters >= 0.6,
		f.words >= minProseWords && f.letters >= 0.6 && (f.sentenceEnd || f.sentences > 0):
		return roleProse
	}
	return roleShort
}

// maxTeaserWords is the length up to which a block cut short with an
// ellipsis is taken for a teaser.
const maxTeaserWords = 40

// isTeaser reports whether text is a teaser: the start of a text, cut short
// with an ellipsis, as pages show other articles.
func isTeaser(text string, f blockFeatures) bool {
	return f.words <= maxTeaserWords && (strings.HasSuffix(text, "...") || strings.HasSuffix(text, "…"))
}
