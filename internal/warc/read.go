package warc

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"iter"
	"net/http"
	"net/textproto"
	"strconv"
	"strings"

	"github.com/artext/artext/internal/input"
)

// Read returns an iterator over the records of the WARC archive read from
// r, an uncompressed .warc, a .warc.gz compressed a record at a time or
// gzipped whole; name is the archive's name in the records' origins. A
// page body over limit bytes once decoded (a negative limit: none) makes
// its record fail with an *input.TooLargeError. See extract.ReadWARC for
// what it yields.
func Read(r io.Reader, name string, limit int64) iter.Seq[*Record] {
	return func(yield func(*Record) bool) {
		w := newReader(r, name, limit)
		for {
			out, more := w.nextRecovering()
			if out == nil || !yield(out) || !more {
				return
			}
		}
	}
}

// nextRecovering reads the next record of w: nil at the end of the
// archive. It reports whether reading can go on after it.
//
// A panic while reading ends the archive with an error. This is the one
// boundary besides an extraction's where a panic is recovered: gowarc's
// parser (github.com/nlnwa/gowarc/v3) reads the bytes of archives that
// come from anywhere, and an archive is read where no extraction's
// boundary stands, often in the goroutine that feeds a batch, where a
// panic would end the program. None is known today: FuzzReadWARC fails on
// one.
func (w *reader) nextRecovering() (out *Record, more bool) {
	defer func() {
		if r := recover(); r != nil {
			out = &Record{Origin: Origin{File: w.name}, Err: fmt.Errorf("reading WARC: internal error: %v", r)}
			more = false
		}
	}()
	return w.next()
}

// IsArchive reports whether head, the first bytes of an input, starts a
// WARC archive: "WARC/1.0" or "WARC/1.1", or a gzip member that
// decompresses to that.
func IsArchive(head []byte) bool {
	if input.IsGzip(head) {
		zr, err := gzip.NewReader(bytes.NewReader(head))
		if err != nil {
			return false
		}
		inner := make([]byte, 8)
		n, _ := io.ReadFull(zr, inner)
		head = inner[:n]
	}
	return bytes.HasPrefix(head, []byte("WARC/1.0")) || bytes.HasPrefix(head, []byte("WARC/1.1"))
}

// readHTTPHeader reads the status line and header of an HTTP response as a
// response record holds it, leaving br at the start of the body. It
// reports false when the block does not start with an HTTP status line. A
// header that ends badly gives the fields read until then.
func readHTTPHeader(br *bufio.Reader) (status int, header http.Header, ok bool) {
	tp := textproto.NewReader(br)
	line, err := tp.ReadLine()
	if err != nil || !strings.HasPrefix(line, "HTTP/") {
		return 0, nil, false
	}
	fields := strings.Fields(line)
	if len(fields) < 2 {
		return 0, nil, false
	}
	status, err = strconv.Atoi(fields[1])
	if err != nil {
		return 0, nil, false
	}
	h, _ := tp.ReadMIMEHeader()
	return status, http.Header(h), true
}
