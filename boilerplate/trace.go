package boilerplate

// WithTrace returns a rule set with the rules of s that calls fn with the
// blocks and the decisions of every [RuleSet.Apply], after deciding. It
// lets a caller see every block a pipeline judged, not only those removed,
// without reaching into the pipeline: `artext rules test` is built on it.
// fn must not keep or modify the slices it is given beyond the call unless
// it copies them; it may be called from several goroutines at once when
// the set is shared.
func (s *RuleSet) WithTrace(fn func(blocks []Block, decisions []Decision)) *RuleSet {
	c := &RuleSet{}
	if s != nil {
		*c = *s
	}
	c.trace = fn
	return c
}
