package warc

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/artext/artext/internal/input"
	gowarc "github.com/nlnwa/gowarc/v3"
)

// blockStart returns where the block of a record starts in rec, the
// record's bytes from its "WARC/" version line on: after the blank line that
// ends its header fields, or at the end of rec when none does. It finds the
// end of the header as gowarc's lenient parser does: the first field line
// may be blank (spaces, tabs, CR, LF), and after a field a line that starts
// with CR or LF ends the header, while one that starts with a space or tab
// continues the field.
func blockStart(rec []byte) int {
	i := nextLine(rec, 0) // the version line
	for first := true; i < len(rec); first = false {
		j := nextLine(rec, i)
		line := rec[i:j]
		if first && len(bytes.Trim(line, " \t\r\n")) == 0 || !first && (line[0] == '\r' || line[0] == '\n') {
			return j
		}
		i = j
	}
	return len(rec)
}

// nextLine returns where the line of b that starts at i ends: after its
// line feed, or at the end of b.
func nextLine(b []byte, i int) int {
	if k := bytes.IndexByte(b[i:], '\n'); k >= 0 {
		return i + k + 1
	}
	return len(b)
}

// record turns a record that gowarc parsed from the bytes between the
// positions start and end of the stream into a WARCRecord, reading the body
// of a page.
func (w *reader) record(rec gowarc.WarcRecord, start, end int64) *Record {
	h := rec.WarcHeader()
	out := &Record{
		Type:   rec.Type().String(),
		URI:    unbracket(h.Get(gowarc.WarcTargetURI)),
		Origin: Origin{File: w.name, RecordID: h.Get(gowarc.WarcRecordID), Date: h.Get(gowarc.WarcDate)},
	}
	raw, whole := w.tape.span(start, end)
	if !bytes.HasPrefix(raw, []byte("WARC/")) {
		out.Err = errors.New("broken WARC record: a gzip member inside the archive's records")
		return out
	}
	length, _ := h.GetInt64(gowarc.ContentLength) // none: 0, as gowarc reads it
	blockAt := int64(blockStart(raw))
	switch read := end - start - blockAt; {
	case length < 0:
		out.Err = fmt.Errorf("broken WARC record: Content-Length %d", length)
		return out
	case read < length:
		out.Err = fmt.Errorf("broken WARC record: cut short: %d of its %d bytes", max(read, 0), length)
		return out
	case read > length+int64(len(crlfcrlf)):
		out.Err = errors.New("broken WARC record: its header does not end where gowarc's does")
		return out
	}
	if rec.Type() != gowarc.Response {
		out.Skip = SkipType
		return out
	}
	block := raw[min(blockAt, int64(len(raw))):]
	block = block[:min(length, int64(len(block)))]
	w.page(out, block, whole)
	return out
}

var crlfcrlf = []byte("\r\n\r\n")

// page reads the HTTP response in the block of a response record into out:
// its status and content type, and its body if it is a page. A block that
// the tape kept only in part is a page too large to read.
func (w *reader) page(out *Record, block []byte, whole bool) {
	w.block.Reset(block)
	w.http.Reset(&w.block)
	status, header, ok := readHTTPHeader(w.http)
	if !ok {
		out.Skip = SkipStatus // not HTTP: a response of dns:, ftp:...
		return
	}
	out.Status = status
	out.ContentType = header.Get("Content-Type")
	if out.Status != 200 {
		out.Skip = SkipStatus
		return
	}
	sniff, err := input.CheckContentType(out.ContentType)
	if cte, ok := errors.AsType[*input.ContentTypeError](err); ok {
		out.ContentType = cte.ContentType
		out.Skip = SkipContentType
		return
	}
	if !whole {
		out.Err = &input.TooLargeError{Limit: w.limit}
		return
	}
	out.Body, err = decodePayload(w.http, int64(w.http.Buffered()+w.block.Len()), header, w.limit)
	if err != nil {
		out.Body = nil
		out.Err = err
		return
	}
	if sniff {
		if cte, ok := errors.AsType[*input.ContentTypeError](input.CheckSniffedType(out.Body)); ok {
			out.ContentType = cte.ContentType
			out.Body = nil
			out.Skip = SkipContentType
		}
	}
}

// unbracket returns uri without the angle brackets that some writers put
// around a WARC-Target-URI, following an error in the grammar of the WARC
// 1.1 standard.
func unbracket(uri string) string {
	if len(uri) >= 2 && uri[0] == '<' && uri[len(uri)-1] == '>' {
		return uri[1 : len(uri)-1]
	}
	return uri
}
