package boilerplate

// literalIndex finds in one pass over a text which rules may occur in it:
// an Aho–Corasick automaton over the bytes of the rules' required strings,
// compiled to a table. It knows only the first literalPrefix bytes of each
// string, so it answers "maybe" for a rule; the rule's own check of its
// required strings answers for sure.
//
// The table is laid out for the cache, as it is read at every byte of
// every short block of a page: states are numbered breadth first, so that
// the shallow states, where a text's walk spends most of its time, share
// a few cache lines; a state is a uint16; and the state a transition leads
// to carries the bit outputFlag when rules end there, so that the walk
// reads outputs only where there are some.
type literalIndex struct {
	class  [256]uint8 // the class of a byte; 0 for bytes no string holds
	width  int        // the number of classes
	next   []uint16   // next[state*width+class] is the state after a byte, with outputFlag
	output [][]uint64 // output[state] has the bits of the rules found there, or nil
	words  int        // the number of uint64 in a set of rules
}

// literalPrefix bounds the bytes of a string that the automaton follows,
// and so its size; a longer prefix would filter little more.
const literalPrefix = 8

// outputFlag marks in literalIndex.next the states that have an output;
// the states themselves are numbered below it.
const outputFlag = 1 << 15

// newLiteralIndex builds the index of the required strings of the rules
// that take blocks of more than longer words (all of them when longer is
// 0), or returns nil when no rule has any, or when they make too many
// states. It knows rules by their index in rules.
func newLiteralIndex(rules []*Rule, longer int) *literalIndex {
	x := &literalIndex{width: 1, words: (len(rules) + 63) / 64}
	for _, r := range rules {
		if !takesLonger(r, longer) {
			continue
		}
		for _, s := range r.required {
			for i := 0; i < len(s) && i < literalPrefix; i++ {
				if x.class[s[i]] == 0 {
					x.class[s[i]] = uint8(x.width)
					x.width++
				}
			}
		}
		if x.width > 255 {
			return nil
		}
	}
	if x.width == 1 {
		return nil
	}

	// The trie: child[state][class], and the rules that end at a state.
	child := [][]int32{make([]int32, x.width)}
	ends := [][]int{nil}
	for j, r := range rules {
		if !takesLonger(r, longer) {
			continue
		}
		for _, s := range r.required {
			state := int32(0)
			for i := 0; i < len(s) && i < literalPrefix; i++ {
				c := x.class[s[i]]
				if child[state][c] == 0 {
					child = append(child, make([]int32, x.width))
					ends = append(ends, nil)
					child[state][c] = int32(len(child) - 1)
				}
				state = child[state][c]
			}
			ends[state] = append(ends[state], j)
		}
	}
	if len(child) >= outputFlag {
		return nil
	}

	// Breadth first, which numbers the states anew (order): each state's
	// failure link, its transitions, and its output, which includes the
	// output of the state it fails to.
	next := make([]int32, len(child)*x.width)
	output := make([][]uint64, len(child))
	fail := make([]int32, len(child))
	var order []int32
	queue := []int32{0}
	for len(queue) > 0 {
		state := queue[0]
		queue = queue[1:]
		order = append(order, state)
		var out []uint64
		if len(ends[state]) > 0 || output[fail[state]] != nil {
			out = make([]uint64, x.words)
			for _, j := range ends[state] {
				out[j/64] |= 1 << (j % 64)
			}
			for w, bits := range output[fail[state]] {
				out[w] |= bits
			}
		}
		if state != 0 {
			output[state] = out
		}
		for c := 1; c < x.width; c++ {
			to := child[state][c]
			if to == 0 {
				if state != 0 {
					next[int(state)*x.width+c] = next[int(fail[state])*x.width+c]
				}
				continue
			}
			next[int(state)*x.width+c] = to
			if state != 0 {
				fail[to] = next[int(fail[state])*x.width+c]
			}
			queue = append(queue, to)
		}
	}

	// The table in breadth-first numbers.
	number := make([]uint16, len(child))
	for n, state := range order {
		number[state] = uint16(n)
		if output[state] != nil {
			number[state] |= outputFlag
		}
	}
	x.next = make([]uint16, len(child)*x.width)
	x.output = make([][]uint64, len(child))
	for n, state := range order {
		for c := 0; c < x.width; c++ {
			x.next[n*x.width+c] = number[next[int(state)*x.width+c]]
		}
		x.output[n] = output[state]
	}
	return x
}

// find sets in found the bit of every rule one of whose required strings
// may occur in text.
func (x *literalIndex) find(text string, found []uint64) {
	clear(found)
	state := uint16(0)
	for i := 0; i < len(text); i++ {
		state = x.next[int(state&^outputFlag)*x.width+int(x.class[text[i]])]
		if state&outputFlag != 0 {
			for w, bits := range x.output[state&^outputFlag] {
				found[w] |= bits
			}
		}
	}
}

// takesLonger reports whether r may match a block of more than words
// words.
func takesLonger(r *Rule, words int) bool {
	return r.MaxWords == 0 || r.MaxWords > words
}
