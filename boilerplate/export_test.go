package boilerplate

// WithoutPrefilters returns a copy of s that tries every rule on every
// block, in order. Tests compare its decisions with those of s.
func (s *RuleSet) WithoutPrefilters() *RuleSet {
	plain := &RuleSet{rules: make([]*Rule, len(s.rules)), phrases: map[string][]int{}, byLead: map[rune][]int{}, otherWords: -1}
	for i, r := range s.rules {
		c := *r
		c.lead, c.required, c.digits = nil, nil, 0
		plain.rules[i] = &c
		plain.unindexed = append(plain.unindexed, i)
	}
	plain.unrequired = make([]uint64, (len(s.rules)+63)/64)
	for i := range plain.unrequired {
		plain.unrequired[i] = ^uint64(0)
	}
	return plain
}

// Unindexed returns the ids of the rules that the lead-rune index cannot
// place, and of those the ones without required strings.
func (s *RuleSet) Unindexed() (unindexed, unfiltered []string) {
	for _, j := range s.unindexed {
		r := s.rules[j]
		unindexed = append(unindexed, r.ID)
		if r.required == nil {
			unfiltered = append(unfiltered, r.ID)
		}
	}
	return unindexed, unfiltered
}
