package extract

import (
	"bufio"
	"fmt"
	"io"
	"iter"
	"net/http"
	"net/textproto"
	"strconv"
	"strings"
)

// WARCOptions configure [ReadWARC]. The zero value is ready to use.
type WARCOptions struct {
	// MaxBytes limits the body of a page, after its transfer and content
	// encodings are decoded: 0 means DefaultMaxBytes, a negative value
	// means no limit. A larger page is a record with a *TooLargeError.
	MaxBytes int64
}

// ReadWARC returns an iterator over the records of the WARC archive read
// from r, an uncompressed .warc or a .warc.gz compressed a record at a time;
// name is the archive's name in the records' origins. Reading is streamed:
// one record is in memory at a time, whatever the archive's size, and of a
// record larger than MaxBytes and 1 MiB for its headers, only that much.
// A .warc.gz gzipped whole, rather than a record at a time, is read too: its
// records have the offset of its one gzip member.
//
// Each record is yielded, in the archive's order. A response record with
// HTTP status 200 whose content is HTML or text is a page: its Body is set.
// Other records have Skip set. A record that cannot be read has Err set, and
// reading goes on with the next record that can be found: in a .warc.gz, the
// next gzip member. When nothing more can be read (r fails, or a record's
// length runs past the end), the last record yielded has Err set.
func ReadWARC(r io.Reader, name string, opts WARCOptions) iter.Seq[*WARCRecord] {
	return func(yield func(*WARCRecord) bool) {
		w := newWARCReader(r, name, (&Options{MaxBytes: opts.MaxBytes}).maxBytes())
		for {
			out, more := nextWARCRecord(w)
			if out == nil || !yield(out) || !more {
				return
			}
		}
	}
}

// nextWARCRecord reads the next record of w: nil at the end of the
// archive. It reports whether reading can go on after it. A panic while
// reading, which no archive should cause, ends the archive with an error.
func nextWARCRecord(w *warcReader) (out *WARCRecord, more bool) {
	defer func() {
		if r := recover(); r != nil {
			out = &WARCRecord{Origin: WARCOrigin{File: w.name}, Err: fmt.Errorf("reading WARC: internal error: %v", r)}
			more = false
		}
	}()
	return w.next()
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
