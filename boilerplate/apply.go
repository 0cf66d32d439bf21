package boilerplate

// Decision is the verdict on one block.
type Decision struct {
	// Action is what happens to the block: "" when it is kept, else the
	// action of the rule that decided. A block removed because it follows a
	// drop-after marker (or precedes a drop-before marker) carries that
	// marker's action and rule.
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
// A block is judged by the first rule of the set that matches it. Then the
// first drop-after marker removes everything after it and the last
// drop-before marker everything before it.
func (s *RuleSet) Apply(blocks []Block, lang string) []Decision {
	decisions := make([]Decision, len(blocks))
	if s == nil || len(s.rules) == 0 {
		return decisions
	}
	cut, start := len(blocks), -1
	for i := range blocks {
		r := s.firstMatch(&blocks[i], i, len(blocks), lang)
		if r == nil {
			continue
		}
		decisions[i] = Decision{Action: r.Action, Rule: r, Marker: i}
		switch r.Action {
		case DropAfter:
			if i < cut {
				cut = i
			}
		case DropBefore:
			start = i
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
	return decisions
}

// firstMatch returns the first rule of the set that matches block i of n,
// or nil.
func (s *RuleSet) firstMatch(b *Block, i, n int, lang string) *Rule {
	p := prepare(*b)
	best := -1
	for _, j := range s.phrases[p.key] {
		if r := s.rules[j]; s.applies(r, &p, i, n, lang) {
			best = j
			break
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

func (s *RuleSet) applies(r *Rule, p *preparedBlock, i, n int, lang string) bool {
	return r.Where.contains(i, n) && r.Lang.Has(lang) && r.matches(p)
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
