package warc

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"

	"github.com/artext/artext/internal/input"
	"github.com/klauspost/compress/gzip"
	gowarc "github.com/nlnwa/gowarc/v3"
)

// A reader reads the records of an archive one at a time. gowarc parses
// each record's header, without validating it, and the record's bytes, kept
// on a tape as gowarc reads them, give its block. Validating would have
// gowarc copy each block into a buffer of its own and compute its digest,
// which makes reading an archive 40% slower, for findings that leave a page
// readable; the only one that matters, a record cut short, the reader finds
// itself.
//
// A .warc.gz is read a gzip member at a time: the reader inflates each
// member and gowarc parses the records in it (one, in an archive
// compressed a record at a time). A member that cannot be inflated is a
// broken record, and reading goes on at the next one.
type reader struct {
	name  string
	limit int64 // the largest page body, in bytes; negative: no limit

	in       *bufio.Reader // the archive
	count    *byteCounter  // the bytes of the archive that in read
	gz       *gzip.Reader  // nil when the archive is not compressed
	member   bool          // a gzip member is being read
	memberAt int64         // where the member being read starts in the archive

	tape   recordTape
	tapeIn *bufio.Reader // what gowarc reads: the tape
	parser gowarc.Unmarshaler
	block  bytes.Reader
	http   *bufio.Reader // the HTTP response of a block
}

// gzipMagic is the magic number that starts a gzip member.
var gzipMagic = []byte(input.GzipMagic)

// headerRoom is how many bytes a record may have beyond its largest
// page body, for its WARC and HTTP headers, before its page is too large.
const headerRoom = 1 << 20

func newReader(r io.Reader, name string, limit int64) *reader {
	w := &reader{name: name, limit: limit, count: &byteCounter{r: r}}
	w.in = bufio.NewReaderSize(w.count, 64<<10)
	w.tape.limit = -1
	if limit >= 0 {
		w.tape.limit = int(min(limit+headerRoom, math.MaxInt))
	}
	w.tapeIn = bufio.NewReader(&w.tape)
	w.parser = gowarc.NewUnmarshaler(gowarc.WithNoValidation())
	w.http = bufio.NewReader(&w.block)
	if w.compressed() {
		w.gz = new(gzip.Reader)
	} else {
		w.tape.reset(w.in)
	}
	return w
}

// compressed reports whether the archive is a .warc.gz: whether a gzip
// member starts in its first bytes before a WARC record does.
func (w *reader) compressed() bool {
	head, _ := w.in.Peek(w.in.Size())
	i := bytes.Index(head, gzipMagic)
	j := bytes.Index(head, []byte("WARC/"))
	return i >= 0 && (j < 0 || i < j)
}

// next reads the next record: nil at the end of the archive. It reports
// whether reading can go on after it.
func (w *reader) next() (*Record, bool) {
	for {
		if w.gz != nil && !w.member {
			rec, more := w.openMember()
			if rec != nil || !more {
				return rec, more
			}
		}
		rec, more := w.nextInStream()
		if rec != nil || !more {
			return rec, more
		}
	}
}

// openMember starts reading the next gzip member, skipping any bytes
// before it. It returns a broken record for a gzip header it cannot read,
// or bytes after the last member, and reports false at the end of the
// archive.
func (w *reader) openMember() (*Record, bool) {
	skipSpace(w.in)
	at := w.offset()
	head, err := w.in.Peek(2)
	switch {
	case len(head) == 0 && errors.Is(err, io.EOF):
		return nil, false
	case len(head) == 0:
		return w.broken(at, err), false
	case !input.IsGzip(head):
		// Bytes between members are skipped, as gowarc skips them between
		// uncompressed records; bytes after the last member are an error.
		n := w.skipToMember()
		if head, _ := w.in.Peek(2); !input.IsGzip(head) {
			return w.broken(at, &notGzipError{n}), false
		}
		at = w.offset()
	}
	if err := w.gz.Reset(w.in); err != nil {
		w.skipToMember()
		return w.broken(at, err), true
	}
	w.gz.Multistream(false)
	w.member, w.memberAt = true, at
	w.tape.reset(w.gz)
	w.tapeIn.Reset(&w.tape)
	return nil, true
}

// nextInStream reads the next record of the stream being read, a gzip
// member or the uncompressed archive: nil at its end.
func (w *reader) nextInStream() (*Record, bool) {
	skipSpace(w.tapeIn)
	if _, err := w.tapeIn.Peek(1); err != nil {
		return w.endOfStream(err)
	}
	start := w.tape.rewind(w.tapeIn)
	rec, skipped, _, err := w.parser.Unmarshal(w.tapeIn)
	if rec != nil {
		defer rec.Close()
	}
	at := start + skipped
	if w.gz != nil {
		at = w.memberAt
	}
	if err != nil {
		if errors.Is(err, io.EOF) && rec == nil && skipped == 0 {
			return w.endOfStream(io.EOF) // a few bytes too short to start a record
		}
		return w.broken(at, err), w.abandon()
	}
	end := w.tape.pos - int64(w.tapeIn.Buffered())
	out := w.record(rec, start+skipped, end)
	out.Origin.Offset = at
	if w.gz != nil {
		// Whatever follows the record in its member is read now, so that
		// a member that fails its checksum breaks the record.
		skipSpace(w.tapeIn)
		if _, err := w.tapeIn.Peek(1); err != nil && !errors.Is(err, io.EOF) {
			out.Body, out.Skip = nil, NotSkipped
			out.Err = fmt.Errorf("broken WARC record: %w", err)
			return out, w.abandon()
		}
	}
	return out, true
}

// endOfStream ends the stream being read when reading it failed with err,
// io.EOF at its end: in a .warc.gz the member, whose bytes reading goes on
// after, else the archive. It returns the broken record that a failure is.
func (w *reader) endOfStream(err error) (*Record, bool) {
	if errors.Is(err, io.EOF) {
		if w.gz == nil {
			return nil, false
		}
		w.member = false
		return nil, true
	}
	at := w.offset()
	if w.gz != nil {
		at = w.memberAt
	}
	return w.broken(at, err), w.abandon()
}

// abandon gives up the stream being read after a failure, and reports
// whether reading can go on after it: with the next gzip member, found by
// inflating the rest of this one or, when that fails too, by looking for
// the start of one.
func (w *reader) abandon() bool {
	if w.gz == nil {
		return false
	}
	w.member = false
	if _, err := io.Copy(io.Discard, w.gz); err != nil {
		w.skipToMember()
	}
	return true
}

// broken returns the record, at offset at, that could not be read because
// of err.
func (w *reader) broken(at int64, err error) *Record {
	return &Record{Origin: Origin{File: w.name, Offset: at}, Err: fmt.Errorf("broken WARC record: %w", err)}
}

// offset returns the position in the archive of the next byte in reads.
func (w *reader) offset() int64 {
	return w.count.n - int64(w.in.Buffered())
}

// skipToMember skips the bytes of the archive up to the next two that may
// start a gzip member, or to its end, and returns how many it skipped.
func (w *reader) skipToMember() int64 {
	var n int64
	for {
		buf, err := w.in.Peek(w.in.Size())
		if i := bytes.Index(buf, gzipMagic); i >= 0 {
			w.in.Discard(i)
			return n + int64(i)
		}
		if err != nil || len(buf) < 2 {
			w.in.Discard(len(buf))
			return n + int64(len(buf))
		}
		k := len(buf) - 1 // the last byte may start the magic number
		w.in.Discard(k)
		n += int64(k)
	}
}

// skipSpace skips the line ends and spaces at the start of what r reads.
func skipSpace(r *bufio.Reader) {
	for {
		b, err := r.ReadByte()
		if err != nil {
			return
		}
		if b != '\r' && b != '\n' && b != ' ' && b != '\t' {
			r.UnreadByte()
			return
		}
	}
}

// notGzipError is the error of bytes between gzip members.
type notGzipError struct{ n int64 }

func (e *notGzipError) Error() string {
	if e.n == 1 {
		return "1 byte that is not a gzip member"
	}
	return fmt.Sprintf("%d bytes that are not a gzip member", e.n)
}

// byteCounter counts the bytes read through it.
type byteCounter struct {
	r io.Reader
	n int64
}

func (c *byteCounter) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}
