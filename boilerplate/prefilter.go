package boilerplate

import (
	"regexp/syntax"
	"slices"
	"strings"
)

// A rule's prefilter is what a block must show before the rule's matcher
// runs: one of a few runes at its start, or one of a few strings anywhere.
// Both are derived from the rule's pattern, so that a rule set of hundreds
// of regular expressions runs only the few that can match a given block.
// A prefilter never rejects a block the matcher would accept.

// maxLeadRunes and maxRequired bound the sets a prefilter keeps; a larger
// set filters too little to pay for itself.
const (
	maxLeadRunes = 40
	maxRequired  = 64
	maxExact     = 64
)

// leadRunes returns the runes, mapped by canonicalLower, with which a match of the regular
// expression re must begin, once the runes that are not ASCII letters or
// digits at the start of the text are skipped, or ok false when re is not
// anchored at the start of the text or its first runes are too many.
func leadRunes(re *syntax.Regexp) (runes []rune, ok bool) {
	switch re.Op {
	case syntax.OpCapture:
		return leadRunes(re.Sub[0])
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			r, ok := leadRunes(sub)
			if !ok {
				return nil, false
			}
			runes = append(runes, r...)
		}
		return dedupeRunes(runes)
	case syntax.OpConcat:
		if len(re.Sub) == 0 || re.Sub[0].Op != syntax.OpBeginText {
			return nil, false
		}
		rest := re.Sub[1:]
		for len(rest) > 0 && skippable(rest[0]) {
			rest = rest[1:]
		}
		return firstRunes(rest)
	}
	return nil, false
}

// skippable reports whether re matches only runes that are not ASCII
// letters or digits (or nothing): the decoration leadRunes skips.
func skippable(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true
	case syntax.OpStar, syntax.OpQuest, syntax.OpPlus, syntax.OpRepeat, syntax.OpCapture:
		return skippable(re.Sub[0])
	case syntax.OpConcat, syntax.OpAlternate:
		for _, sub := range re.Sub {
			if !skippable(sub) {
				return false
			}
		}
		return true
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return !slices.ContainsFunc(re.Rune, isASCIILetterOrDigit)
		}
		return !slices.ContainsFunc(re.Rune, isASCIIAlnum)
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			lo, hi := re.Rune[i], re.Rune[i+1]
			if lo <= 'z' && hi >= '0' && classHasAlnum(lo, hi) {
				return false
			}
		}
		return true
	}
	return false
}

// firstRunes returns the runes, mapped by canonicalLower, that a match of the sequence seq
// begins with.
func firstRunes(seq []*syntax.Regexp) (runes []rune, ok bool) {
	for _, re := range seq {
		r, nullable, ok := first(re)
		if !ok {
			return nil, false
		}
		runes = append(runes, r...)
		if !nullable {
			return dedupeRunes(runes)
		}
	}
	return nil, false // the sequence can match nothing: any rune may follow
}

// first returns the runes, mapped by canonicalLower, a match of re begins with, and
// whether re can match the empty string.
func first(re *syntax.Regexp) (runes []rune, nullable, ok bool) {
	if skippable(re) {
		// What it matches lies among the runes collected before a block's
		// first ASCII letter or digit: it adds no rune of its own.
		return nil, true, true
	}
	switch re.Op {
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return nil, true, true
		}
		return []rune{canonicalLower(re.Rune[0])}, false, true
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i+1]-re.Rune[i] > maxLeadRunes {
				return nil, false, false
			}
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				runes = append(runes, canonicalLower(r))
			}
		}
		return runes, false, len(runes) <= 2*maxLeadRunes
	case syntax.OpEmptyMatch, syntax.OpWordBoundary, syntax.OpNoWordBoundary, syntax.OpBeginText, syntax.OpBeginLine:
		return nil, true, true
	case syntax.OpCapture, syntax.OpPlus:
		return first(re.Sub[0])
	case syntax.OpStar, syntax.OpQuest:
		r, _, ok := first(re.Sub[0])
		return r, true, ok
	case syntax.OpRepeat:
		r, nullable, ok := first(re.Sub[0])
		return r, nullable || re.Min == 0, ok
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			r, nullable, ok := first(sub)
			if !ok {
				return nil, false, false
			}
			runes = append(runes, r...)
			if !nullable {
				return runes, false, true
			}
		}
		return runes, true, true
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			r, nullable1, ok := first(sub)
			if !ok {
				return nil, false, false
			}
			runes = append(runes, r...)
			nullable = nullable || nullable1
		}
		return runes, nullable, true
	}
	return nil, false, false
}

// requiredStrings returns strings, mapped by lowerFold, one of which
// every match of re contains, or ok false when no such set is known.
func requiredStrings(re *syntax.Regexp) (set []string, ok bool) {
	a := analyzer{exact: make(map[*syntax.Regexp]exactResult)}
	set, ok = a.requiredStrings(re)
	if !ok {
		return nil, false
	}
	return pruneSupersets(set), true
}

// analyzer computes required strings, remembering the exact strings of
// each node it has seen: without it, the analysis of a pattern with nested
// alternatives would redo the same work at every level.
type analyzer struct {
	exact map[*syntax.Regexp]exactResult
}

type exactResult struct {
	set []string
	ok  bool
}

func (a *analyzer) exactStrings(re *syntax.Regexp) ([]string, bool) {
	if r, ok := a.exact[re]; ok {
		return r.set, r.ok
	}
	set, ok := exactStrings(re, a)
	a.exact[re] = exactResult{set, ok}
	return set, ok
}

func (a *analyzer) requiredStrings(re *syntax.Regexp) (set []string, ok bool) {
	var best []string
	bestWeight := 0
	consider := func(s []string) {
		if len(s) == 0 || minLen(s) == 0 {
			return
		}
		w := min(minWeight(s), 12)
		if best == nil || w > bestWeight || w == bestWeight && len(s) < len(best) {
			best, bestWeight = s, w
		}
	}
	if exact, ok := a.exactStrings(re); ok {
		consider(exact)
	}
	switch re.Op {
	case syntax.OpCapture, syntax.OpPlus:
		if s, ok := a.requiredStrings(re.Sub[0]); ok {
			consider(s)
		}
	case syntax.OpRepeat:
		if s, ok := a.requiredStrings(re.Sub[0]); ok && re.Min > 0 {
			consider(s)
		}
	case syntax.OpConcat:
		// Runs of children with exact strings join into longer strings.
		run := []string{""}
		for _, sub := range re.Sub {
			if s, ok := a.requiredStrings(sub); ok {
				consider(s)
			}
			exact, ok := a.exactStrings(sub)
			if !ok {
				consider(run)
				run = []string{""}
				continue
			}
			joined, ok := crossJoin(run, exact)
			if !ok {
				consider(run)
				joined = exact
			}
			run = joined
		}
		consider(run)
	case syntax.OpAlternate:
		var union []string
		for _, sub := range re.Sub {
			s, ok := a.requiredStrings(sub)
			if !ok {
				union = nil
				break
			}
			union = append(union, s...)
		}
		if union != nil && len(union) <= maxRequired {
			consider(dedupeStrings(union))
		}
	}
	return best, best != nil
}

// minWeight returns the weight of the commonest-looking string of set, a
// guess at how rarely it occurs in text: letters and digits count 2, white
// space 1, other ASCII 5 (a parenthesis is rarer than a letter), and each
// byte of a rune beyond ASCII 1.
func minWeight(set []string) int {
	least := -1
	for _, s := range set {
		w := 0
		for i := 0; i < len(s); i++ {
			switch c := s[i]; {
			case c >= 0x80:
				w++
			case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f':
				w++
			case isASCIIAlnum(rune(c)):
				w += 2
			default:
				w += 5
			}
		}
		if least < 0 || w < least {
			least = w
		}
	}
	return least
}

// exactStrings returns the strings, mapped by lowerFold, that re matches
// when they are few, or ok false.
func exactStrings(re *syntax.Regexp, a *analyzer) (set []string, ok bool) {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpWordBoundary, syntax.OpNoWordBoundary, syntax.OpBeginText, syntax.OpEndText, syntax.OpBeginLine, syntax.OpEndLine:
		return []string{""}, true
	case syntax.OpLiteral:
		return []string{literalString(re.Rune)}, true
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if len(set) == 10 {
					return nil, false
				}
				set = append(set, literalString([]rune{r}))
			}
		}
		return dedupeStrings(set), true
	case syntax.OpCapture:
		return a.exactStrings(re.Sub[0])
	case syntax.OpQuest:
		s, ok := a.exactStrings(re.Sub[0])
		if !ok {
			return nil, false
		}
		return dedupeStrings(append(slices.Clone(s), "")), len(s) < maxExact
	case syntax.OpConcat:
		set = []string{""}
		for _, sub := range re.Sub {
			s, ok := a.exactStrings(sub)
			if !ok {
				return nil, false
			}
			if set, ok = crossJoin(set, s); !ok {
				return nil, false
			}
		}
		return set, true
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			s, ok := a.exactStrings(sub)
			if !ok {
				return nil, false
			}
			set = append(set, s...)
		}
		set = dedupeStrings(set)
		return set, len(set) <= maxExact
	}
	return nil, false
}

// crossJoin returns every string of a followed by every string of b, or
// ok false when they would be too many.
func crossJoin(a, b []string) ([]string, bool) {
	if len(a)*len(b) > maxExact {
		return nil, false
	}
	out := make([]string, 0, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			out = append(out, x+y)
		}
	}
	return out, true
}

// pruneSupersets drops from set every string that contains another of its
// strings: a text that holds the longer one holds the shorter one too.
func pruneSupersets(set []string) []string {
	set = dedupeStrings(set)
	slices.SortFunc(set, func(a, b string) int { return len(a) - len(b) })
	var out []string
	for _, s := range set {
		if !slices.ContainsFunc(out, func(t string) bool { return strings.Contains(s, t) }) {
			out = append(out, s)
		}
	}
	slices.Sort(out)
	return out
}

// dedupeStrings returns the strings of set sorted, each once, in a new
// slice: the analyzer's results are shared and must not change.
func dedupeStrings(set []string) []string {
	set = slices.Clone(set)
	slices.Sort(set)
	return slices.Compact(set)
}

// literalString returns the runes of a literal as the folded, lower-case
// text a match of them is found in: "…" becomes "...", as fold makes it.
func literalString(runes []rune) string {
	return lowerFold(foldRunes.Replace(string(runes)))
}

func minLen(set []string) int {
	n := -1
	for _, s := range set {
		if n < 0 || len(s) < n {
			n = len(s)
		}
	}
	return max(n, 0)
}

func dedupeRunes(runes []rune) ([]rune, bool) {
	slices.Sort(runes)
	runes = slices.Compact(runes)
	return runes, len(runes) <= maxLeadRunes
}

func isASCIIAlnum(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
}

// isASCIILetterOrDigit is isASCIIAlnum for a rune compared without regard
// to case: the Kelvin sign matches k, the long s matches s.
func isASCIILetterOrDigit(r rune) bool {
	return isASCIIAlnum(r) || r == '\u212A' || r == '\u017F'
}

func classHasAlnum(lo, hi rune) bool {
	for _, span := range [][2]rune{{'0', '9'}, {'A', 'Z'}, {'a', 'z'}} {
		if lo <= span[1] && hi >= span[0] {
			return true
		}
	}
	return false
}

// minDigits returns the least number of ASCII digits, which \d and the
// classes within 0-9 match, that a match of re holds: a block with fewer
// is passed over without running re. Dates need four.
func minDigits(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpLiteral:
		n := 0
		for _, r := range re.Rune {
			if '0' <= r && r <= '9' {
				n++
			}
		}
		return n
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i] < '0' || re.Rune[i+1] > '9' {
				return 0
			}
		}
		return min(len(re.Rune), 1)
	case syntax.OpCapture, syntax.OpPlus:
		return minDigits(re.Sub[0])
	case syntax.OpRepeat:
		return min(re.Min*minDigits(re.Sub[0]), maxDigits)
	case syntax.OpConcat:
		n := 0
		for _, sub := range re.Sub {
			n += minDigits(sub)
		}
		return min(n, maxDigits)
	case syntax.OpAlternate:
		n := -1
		for _, sub := range re.Sub {
			if d := minDigits(sub); n < 0 || d < n {
				n = d
			}
		}
		return max(n, 0)
	}
	return 0
}

// maxDigits bounds what minDigits counts, and what a block's digits are
// counted up to.
const maxDigits = 16
