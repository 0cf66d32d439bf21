package extract

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"iter"
	"net/http"
	"net/textproto"
	"strconv"
	"strings"

	gowarc "github.com/nlnwa/gowarc/v3"
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
// one record is in memory at a time (bodies over 1 MiB wait in a temporary
// file while they are read), whatever the archive's size.
//
// Each record is yielded, in the archive's order. A response record with
// HTTP status 200 whose content is HTML or text is a page: its Body is set.
// Other records have Skip set. A record that cannot be read has Err set, and
// reading goes on with the next record that can be found: in a .warc.gz, the
// next gzip member. When nothing more can be read (r fails, or a record's
// length runs past the end), the last record yielded has Err set.
func ReadWARC(r io.Reader, name string, opts WARCOptions) iter.Seq[*WARCRecord] {
	return func(yield func(*WARCRecord) bool) {
		// gowarc parses no block: artext reads the HTTP response itself,
		// and so gowarc computes one digest per record rather than two.
		wf, err := gowarc.NewWarcFileReaderFromStream(r, 0, gowarc.WithSkipParseBlock())
		if err != nil {
			yield(&WARCRecord{Origin: WARCOrigin{File: name}, Err: fmt.Errorf("reading WARC: %w", err)})
			return
		}
		defer wf.Close()
		limit := (&Options{MaxBytes: opts.MaxBytes}).maxBytes()
		for {
			out, more := nextWARCRecord(wf, name, limit)
			if out == nil || !yield(out) || !more {
				return
			}
		}
	}
}

// nextWARCRecord reads the next record of wf: nil at the end of the
// archive. It reports whether reading can go on after it. A panic while
// reading, which no archive should cause, ends the archive with an error.
func nextWARCRecord(wf *gowarc.WarcFileReader, name string, limit int64) (out *WARCRecord, more bool) {
	defer func() {
		if r := recover(); r != nil {
			out = &WARCRecord{Origin: WARCOrigin{File: name}, Err: fmt.Errorf("reading WARC: internal error: %v", r)}
			more = false
		}
	}()
	rec, err := wf.Next()
	defer rec.Close()
	if errors.Is(err, io.EOF) && rec.WarcRecord == nil && rec.Size <= 0 {
		return nil, false
	}
	return readWARCRecord(rec, err, name, limit), err == nil || rec.Size > 0 // else no progress: nothing more can be read
}

// readWARCRecord turns a record that gowarc read, with the error it read it
// with, into a WARCRecord, reading the body of a page.
func readWARCRecord(rec gowarc.Record, err error, file string, limit int64) *WARCRecord {
	out := &WARCRecord{Origin: WARCOrigin{File: file, Offset: rec.Offset}}
	w := rec.WarcRecord
	if w != nil {
		h := w.WarcHeader()
		out.Type = w.Type().String()
		out.URI = h.Get(gowarc.WarcTargetURI)
		out.Origin.RecordID = h.Get(gowarc.WarcRecordID)
		out.Origin.Date = h.Get(gowarc.WarcDate)
	}
	if err == nil {
		err = brokenRecordError(rec.Validation)
	}
	if err != nil || w == nil {
		if err == nil || errors.Is(err, io.EOF) {
			err = io.ErrUnexpectedEOF
		}
		out.Err = fmt.Errorf("broken WARC record: %w", err)
		return out
	}
	if w.Type() != gowarc.Response {
		out.Skip = WARCSkipType
		return out
	}
	raw, err := w.Block().RawBytes()
	if err != nil {
		out.Err = fmt.Errorf("broken WARC record: %w", err)
		return out
	}
	br := bufio.NewReader(raw)
	status, header, ok := readHTTPHeader(br)
	if !ok {
		out.Skip = WARCSkipStatus // not HTTP: a response of dns:, ftp:...
		return out
	}
	out.Status = status
	out.ContentType = header.Get("Content-Type")
	if out.Status != 200 {
		out.Skip = WARCSkipStatus
		return out
	}
	sniff, err := checkContentType(out.ContentType)
	if cte, ok := errors.AsType[*ContentTypeError](err); ok {
		out.ContentType = cte.ContentType
		out.Skip = WARCSkipContentType
		return out
	}
	length, _ := w.WarcHeader().GetInt64(gowarc.ContentLength)
	out.Body, err = decodeWARCPayload(br, length, header, limit)
	if err != nil {
		out.Body = nil
		out.Err = err
		return out
	}
	if sniff {
		if cte, ok := errors.AsType[*ContentTypeError](checkSniffedType(out.Body)); ok {
			out.ContentType = cte.ContentType
			out.Body = nil
			out.Skip = WARCSkipContentType
		}
	}
	return out
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

// brokenRecordError returns the finding of gowarc's validation that makes a
// record unusable: a block shorter than its Content-Length, which means the
// record was cut short. Other findings (a wrong digest, a missing field, a
// bad end of record marker) leave the content readable.
func brokenRecordError(validation []error) error {
	for _, v := range validation {
		if cl, ok := errors.AsType[*gowarc.ContentLengthError](v); ok && cl.Actual < cl.Expected {
			return fmt.Errorf("cut short: %d of its %d bytes", cl.Actual, cl.Expected)
		}
	}
	return nil
}
