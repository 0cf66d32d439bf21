package warc

import (
	"bufio"
	"io"
)

// A recordTape keeps the bytes of an archive read through it, from the start
// of the record being read, so that the block of a record which gowarc has
// parsed can be taken from them: gowarc, when it does not validate a record,
// reads its block only to skip it. Positions are counted in the
// uncompressed stream that the tape reads.
type recordTape struct {
	src   io.Reader
	buf   []byte // the bytes from position base on, up to limit of them
	base  int64  // the position of buf[0]
	pos   int64  // the position after the last byte read
	limit int    // how many bytes buf holds at most; negative: no limit
}

// Read reads from the tape's source and keeps what it read.
func (t *recordTape) Read(p []byte) (int, error) {
	n, err := t.src.Read(p)
	if n > 0 {
		keep := n
		if t.limit >= 0 {
			keep = max(min(keep, t.limit-len(t.buf)), 0)
		}
		t.buf = append(t.buf, p[:keep]...)
		t.pos += int64(n)
	}
	return n, err
}

// reset makes the tape read src, from position 0, with nothing kept.
func (t *recordTape) reset(src io.Reader) {
	t.src = src
	t.buf = t.buf[:0]
	t.base, t.pos = 0, 0
}

// rewind drops what the tape kept but for the bytes that r, which reads
// the tape, holds in its buffer and has not returned yet: the start of the
// next record. It returns the position of the next byte r returns. A tape
// that once held a large record lets it go.
func (t *recordTape) rewind(r *bufio.Reader) int64 {
	ahead, _ := r.Peek(r.Buffered())
	if cap(t.buf) > tapeKeep {
		t.buf = nil
	}
	t.buf = append(t.buf[:0], ahead...)
	t.base = t.pos - int64(len(ahead))
	return t.base
}

// tapeKeep is the size of a tape's buffer past which it is not reused.
const tapeKeep = 4 << 20

// span returns the bytes kept from position from to position to, and
// reports whether they are all there: the tape keeps at most limit bytes.
func (t *recordTape) span(from, to int64) ([]byte, bool) {
	i, j := from-t.base, to-t.base
	if i < 0 || i > j {
		return nil, false
	}
	whole := j <= int64(len(t.buf))
	j = min(j, int64(len(t.buf)))
	i = min(i, j)
	return t.buf[i:j], whole
}
