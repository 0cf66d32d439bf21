package boilerplate

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
	for i := range blocks {
		r := s.firstMatch(blocks[i].Text, i, len(blocks), lang)
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
			if decisions[j].Kept() {
				decisions[j] = decisions[i]
			}
		}
	}
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

// firstMatch returns the first rule of the set that matches the block of
// the given text at index i of n, or nil. lang is a primary language
// subtag or "".
func (s *RuleSet) firstMatch(text string, i, n int, lang string) *Rule {
	p := prepare(text)
	if p.words > s.phraseWords && s.otherWords >= 0 && p.words > s.otherWords {
		return nil
	}
	best := -1
	if p.words <= s.phraseWords {
		for _, j := range s.phrases[p.Key()] {
			if r := s.rules[j]; s.applies(r, &p, i, n, lang) {
				best = j
				break
			}
		}
	}
	for _, j := range s.others {
		if best >= 0 && j > best {
			break
		}
		if r := s.rules[j]; s.applies(r, &p, i, n, lang) {
			best = j
			break
		}
	}
	if best < 0 {
		return nil
	}
	return s.rules[best]
}

// applies reports whether r matches the prepared block p at index i of n
// in a document of language lang, testing the cheap guards first.
func (s *RuleSet) applies(r *Rule, p *preparedBlock, i, n int, lang string) bool {
	if r.MaxWords > 0 && p.words > r.MaxWords {
		return false
	}
	return r.Where.contains(i, n) && r.Lang.hasPrimary(lang) && r.match(p)
}

// Removal reports one block that the rules took out of the body.
type Removal struct {
	Rule     string `json:"rule"`
	Category string `json:"category"`
	Action   Action `json:"action"`
	Text     string `json:"text"`
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
