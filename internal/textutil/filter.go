package textutil

// A WordFilter tells, from a word's length and its first and last bytes,
// that the word is not in a set of words: a test much cheaper than a map
// lookup, which most words of a page fail (the class names of a page
// are mostly words such as "wrapper" or "col", which no set holds). Its
// answer "maybe" is settled by the map. A filter of a hundred words is
// wrong about one word in forty. The zero value holds no word.
type WordFilter [filterBits / 64]uint64

const filterBits = 4096

// NewWordFilter returns a filter of the words.
func NewWordFilter(words ...string) *WordFilter {
	f := new(WordFilter)
	for _, w := range words {
		f.Add(w)
	}
	return f
}

// Add adds w to the words of f.
func (f *WordFilter) Add(w string) {
	if w == "" {
		return
	}
	b := filterBit(len(w), w[0], w[len(w)-1])
	f[b/64] |= 1 << (b % 64)
}

// MayHold reports whether the set of f may hold w: false means it does not.
func MayHold[T ~string | ~[]byte](f *WordFilter, w T) bool {
	if len(w) == 0 {
		return false
	}
	b := filterBit(len(w), w[0], w[len(w)-1])
	return f[b/64]&(1<<(b%64)) != 0
}

// filterBit mixes a word's length and end bytes into a bit of a filter.
func filterBit(n int, first, last byte) uint {
	h := uint32(n)*0x9e3779b1 ^ uint32(first)<<8 ^ uint32(last)
	h *= 0x85ebca6b
	return uint(h>>20) % filterBits
}
