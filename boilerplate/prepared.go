package boilerplate

import "strings"

// preparedBlock is a block's text with the folded forms the matchers
// compare, each computed at its first use: most blocks are rejected on
// their word count, place or language before any rule reads their text.
type preparedBlock struct {
	text  string
	words int
	kind  Kind

	done   uint8  // which of the forms below are computed
	digits int    // the ASCII digits of the text, up to maxDigits
	folded string // quotes, dashes and spaces folded, case kept
	lower  string // folded, lower case
	key    string // lower, without decoration at the ends
	start  string // lower, without decoration at the start
}

const (
	haveFolded uint8 = 1 << iota
	haveLower
	haveKey
	haveStart
	haveDigits
)

// prepare returns text ready for the matchers. Its words are counted up
// to limit (see wordCountUpTo): a rule set needs to know no more than
// whether a block is longer than its largest max_words.
func prepare(text string, limit int) preparedBlock {
	return preparedBlock{text: text, words: wordCountUpTo(text, limit)}
}

// Folded returns the text with quotes, dashes and spacing folded.
func (p *preparedBlock) Folded() string {
	if p.done&haveFolded == 0 {
		p.folded = fold(p.text)
		p.done |= haveFolded
	}
	return p.folded
}

// Lower returns the folded text in lower case.
func (p *preparedBlock) Lower() string {
	if p.done&haveLower == 0 {
		p.lower = lowerFold(p.Folded())
		p.done |= haveLower
	}
	return p.lower
}

// Key returns the form in which the block is compared with phrases.
func (p *preparedBlock) Key() string {
	if p.done&haveKey == 0 {
		p.key = phraseKey(p.Folded())
		p.done |= haveKey
	}
	return p.key
}

// Start returns the folded text in lower case without the decoration at
// its start.
func (p *preparedBlock) Start() string {
	if p.done&haveStart == 0 {
		p.start = strings.TrimLeftFunc(p.Lower(), isDecoration)
		p.done |= haveStart
	}
	return p.start
}

// Digits returns the number of ASCII digits in the text, which folding
// neither adds nor takes away, counted up to maxDigits.
func (p *preparedBlock) Digits() int {
	if p.done&haveDigits == 0 {
		for i := 0; i < len(p.text) && p.digits < maxDigits; i++ {
			if '0' <= p.text[i] && p.text[i] <= '9' {
				p.digits++
			}
		}
		p.done |= haveDigits
	}
	return p.digits
}
