package boilerplate

import (
	"math/bits"
	"slices"
	"unicode/utf8"
)

// Decision is the verdict on one block.
type Decision struct {
	// Action is what happens to the block: "" when it is kept, else the
	// action of the rule that decided. A block removed because it follows a
	// drop-after or drop-list marker (or precedes a drop-before marker)
	// carries that marker's action and rule.
	Action Action
	// Rule is the rule that decided, or nil when the block is kept.
	Rule *Rule
	// Marker is the index of the block that matched Rule: the block itself,
	// or the marker that removed it with the blocks after or before it.
	Marker int
}

// Kept reports whether the block stays in the article's body.
func (d Decision) Kept() bool { return d.Rule == nil }

// Apply decides, for every block, whether it is kept, dropped or moved to
// the captions, and returns one decision per block in order. lang is the
// document's language ("en", "de-AT"); rules written for other languages
// are skipped, and every rule applies when lang is empty.
//
// A block is judged by the first rule of the set that matches it. Then
// every drop-list marker removes the list items that directly follow it,
// the first drop-after marker removes everything after it and the last
// drop-before marker everything before it.
//
// A drop-list marker takes only the list items of at most
// [MaxListItemWords] words: a longer item is more likely the article's own
// than a teaser, and it stays. The caption action moves no
// block when the blocks it would move hold more than a third of the
// document's words: captions are then the content (a gallery, a how-to told
// in pictures), and they stay in the body.
//
// Code blocks (preformatted text) are never matched; they are removed only
// when a drop-after or drop-before marker takes them with their neighbours.
//
// Apply's cost grows with the number of short blocks: a block with more
// words than any rule accepts is passed over after counting its words.
func (s *RuleSet) Apply(blocks []Block, lang string) []Decision {
	decisions := make([]Decision, len(blocks))
	if s == nil {
		return decisions
	}
	if len(s.rules) > 0 {
		s.decide(blocks, primaryLanguage(lang), decisions)
	}
	if s.trace != nil {
		s.trace(blocks, decisions)
	}
	return decisions
}

func (s *RuleSet) decide(blocks []Block, lang string, decisions []Decision) {
	cut, start := len(blocks), -1
	scratch := newScratch(len(s.rules))
	for i := range blocks {
		if blocks[i].Kind == Code {
			continue // program text: a "Share" or ">> next" in it is code
		}
		r := s.firstMatch(&blocks[i], i, len(blocks), lang, scratch)
		if r == nil {
			continue
		}
		decisions[i] = Decision{Action: r.Action, Rule: r, Marker: i}
		switch r.Action {
		case DropAfter:
			cut = min(cut, i)
		case DropBefore:
			start = i
		}
	}
	for i := range blocks {
		if decisions[i].Action != DropList || decisions[i].Marker != i {
			continue
		}
		for j := i + 1; j < len(blocks) && blocks[j].InList; j++ {
			if decisions[j].Kept() && wordCountUpTo(blocks[j].Text, MaxListItemWords) <= MaxListItemWords {
				decisions[j] = decisions[i]
			}
		}
	}
	keepCaptionsIfContent(blocks, decisions)
	if cut < len(blocks) {
		marker := decisions[cut]
		for i := cut + 1; i < len(blocks); i++ {
			decisions[i] = marker
		}
	}
	if start >= 0 {
		marker := decisions[start]
		for i := 0; i < start; i++ {
			decisions[i] = marker
		}
	}
}

// MaxListItemWords is the length, in words, of the longest list item that a
// drop-list marker takes: a teaser's headline, not a paragraph.
const MaxListItemWords = 30

// captionShare is the share of a document's words over which the blocks
// that the caption action would move are taken for the content.
const captionShare = 1.0 / 3

// keepCaptionsIfContent undoes the caption action's decisions when the
// blocks they move hold more than captionShare of the words of blocks.
// It counts the words of every block only when there is a caption to move.
func keepCaptionsIfContent(blocks []Block, decisions []Decision) {
	if !slices.ContainsFunc(decisions, func(d Decision) bool { return d.Action == MoveToCaptions }) {
		return
	}
	captions, all := 0, 0
	for i := range blocks {
		n := wordCount(blocks[i].Text)
		all += n
		if decisions[i].Action == MoveToCaptions {
			captions += n
		}
	}
	if float64(captions) <= captionShare*float64(all) {
		return
	}
	for i := range decisions {
		if decisions[i].Action == MoveToCaptions {
			decisions[i] = Decision{}
		}
	}
}

// phraseDecoration is the number of words of decoration ("»", "|", "--")
// a block may have around a phrase and still be compared with it.
const phraseDecoration = 4

// firstMatch returns the first rule of the set that matches block b at
// index i of n, or nil. lang is a primary language subtag or "".
func (s *RuleSet) firstMatch(b *Block, i, n int, lang string, scratch scratch) *Rule {
	phraseWords := s.phraseWords + phraseDecoration
	limit := -1
	if s.otherWords >= 0 {
		limit = max(phraseWords, s.otherWords)
	}
	p := prepare(b.Text, limit)
	p.kind = b.Kind
	if limit >= 0 && p.words > limit {
		return nil
	}
	best := -1
	if len(s.phrases) > 0 && p.words <= phraseWords {
		for _, j := range s.phrases[p.Key()] {
			if r := s.rules[j]; s.applies(r, &p, i, n, lang) {
				best = j
				break
			}
		}
	}
	candidates := s.collectCandidates(&p, scratch)
scan:
	for w, bitsLeft := range candidates {
		for bitsLeft != 0 {
			j := w*64 + bits.TrailingZeros64(bitsLeft)
			bitsLeft &= bitsLeft - 1
			if best >= 0 && j > best {
				break scan
			}
			if r := s.rules[j]; s.applies(r, &p, i, n, lang) {
				best = j
				break scan
			}
		}
	}
	if best < 0 {
		return nil
	}
	return s.rules[best]
}

// scratch is the memory firstMatch works in: sets of one bit per rule.
type scratch struct {
	candidates, found []uint64
}

func newScratch(rules int) scratch {
	words := (rules + 63) / 64
	return scratch{candidates: make([]uint64, words), found: make([]uint64, words)}
}

// collectCandidates returns the set of the rules that are not phrases and
// may match p. A rule may match when it is indexed under one of the runes
// with which p begins, up to and including its first ASCII letter or digit
// (a match may begin after decoration its pattern skips), or is not indexed;
// and when p holds one of its required strings, or it has none.
func (s *RuleSet) collectCandidates(p *preparedBlock, scratch scratch) []uint64 {
	candidates := scratch.candidates
	clear(candidates)
	for _, j := range s.unindexed {
		candidates[j/64] |= 1 << (j % 64)
	}
	for _, c := range p.Folded() {
		c = canonicalLower(c)
		lead := s.leadASCII[c&0x7f]
		if c >= utf8.RuneSelf {
			lead = s.byLead[c]
		}
		for _, j := range lead {
			candidates[j/64] |= 1 << (j % 64)
		}
		if isASCIIAlnum(c) {
			break
		}
	}
	if literals := s.literals.get(p.words); literals != nil {
		literals.find(p.Lower(), scratch.found)
		for w := range candidates {
			candidates[w] &= s.unrequired[w] | scratch.found[w]
		}
	}
	return candidates
}

// applies reports whether r matches the prepared block p at index i of n
// in a document of language lang, testing the cheap guards first.
func (s *RuleSet) applies(r *Rule, p *preparedBlock, i, n int, lang string) bool {
	return r.Where.contains(i, n) && r.Lang.hasPrimary(lang) && r.Kinds.Has(p.kind) && r.matches(p)
}

// Removal reports one block that the rules took out of the body.
type Removal struct {
	Rule     string `json:"rule"`
	Category string `json:"category"`
	Action   Action `json:"action"`
	Text     string `json:"text"`
	// Path is, for a page's HTML, the CSS path of the element removed
	// ("html > body > div:nth-of-type(2) > p"); Lines, for a text, the
	// first and last of its lines removed, counted from 1. Removals sets
	// neither: the extractor, which knows where its blocks stand, does.
	Path  string `json:"path,omitempty"`
	Lines [2]int `json:"lines,omitzero"`
}

// Removals lists, in document order, the blocks that decisions take out of
// the body, with the rule that took each.
func Removals(blocks []Block, decisions []Decision) []Removal {
	var out []Removal
	for i, d := range decisions {
		if d.Rule == nil {
			continue
		}
		out = append(out, Removal{Rule: d.Rule.ID, Category: d.Rule.Category, Action: d.Action, Text: blocks[i].Text})
	}
	return out
}
