// Package warctest writes WARC archives for tests and measurements: records
// of any type, compressed a record at a time or not, and broken ones.
package warctest

import (
	"bytes"
	"compress/gzip"
	"crypto/sha1"
	"encoding/base32"
	"fmt"
	"io"
	"strconv"
)

// A Record is a WARC record to write.
type Record struct {
	Type string // WARC-Type; "" means "response"
	URI  string // WARC-Target-URI, left out when ""
	// ID is the WARC-Record-ID without its angle brackets; "" means one
	// made from the record's number in the archive.
	ID string
	// Date is the WARC-Date; "" means 2024-05-06T07:08:09Z.
	Date string
	// ContentType is the record's Content-Type; "" means
	// "application/http; msgtype=response" for a response and
	// "application/http; msgtype=request" for a request.
	ContentType string
	// Block is the record's content: for a response, the HTTP response
	// (see HTTPResponse).
	Block []byte
	// Length, when not 0, is written as the Content-Length instead of the
	// block's length: a larger one makes a record that is cut short.
	Length int
	// Digest adds WARC-Block-Digest and, for an HTTP response, a
	// WARC-Payload-Digest, in SHA-1, as crawlers write them.
	Digest bool
}

// HTTPResponse returns an HTTP/1.1 response with the given status, headers
// (name, value, name, value...) and body, as a response record holds it.
func HTTPResponse(status int, body string, headers ...string) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "HTTP/1.1 %d %s\r\n", status, statusText(status))
	for i := 0; i+1 < len(headers); i += 2 {
		fmt.Fprintf(&b, "%s: %s\r\n", headers[i], headers[i+1])
	}
	b.WriteString("\r\n")
	b.WriteString(body)
	return b.Bytes()
}

func statusText(status int) string {
	switch status {
	case 200:
		return "OK"
	case 301:
		return "Moved Permanently"
	case 404:
		return "Not Found"
	}
	return "Status"
}

// A Writer writes the records of a WARC archive.
type Writer struct {
	w    io.Writer
	gzip bool
	n    int // records written
	zw   *gzip.Writer
}

// NewWriter returns a Writer to w; with compress, each record is a gzip
// member of its own, as in a .warc.gz.
func NewWriter(w io.Writer, compress bool) *Writer {
	return &Writer{w: w, gzip: compress}
}

// Write writes one record.
func (w *Writer) Write(r Record) error {
	w.n++
	var b bytes.Buffer
	typ := r.Type
	if typ == "" {
		typ = "response"
	}
	id := r.ID
	if id == "" {
		id = fmt.Sprintf("urn:uuid:00000000-0000-4000-8000-%012d", w.n)
	}
	date := r.Date
	if date == "" {
		date = "2024-05-06T07:08:09Z"
	}
	ct := r.ContentType
	if ct == "" && (typ == "response" || typ == "request") {
		ct = "application/http; msgtype=" + typ
	}
	length := r.Length
	if length == 0 {
		length = len(r.Block)
	}
	b.WriteString("WARC/1.1\r\n")
	fmt.Fprintf(&b, "WARC-Type: %s\r\n", typ)
	fmt.Fprintf(&b, "WARC-Record-ID: <%s>\r\n", id)
	fmt.Fprintf(&b, "WARC-Date: %s\r\n", date)
	if r.URI != "" {
		fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", r.URI)
	}
	if r.Digest {
		fmt.Fprintf(&b, "WARC-Block-Digest: %s\r\n", sha1Digest(r.Block))
		if i := bytes.Index(r.Block, []byte("\r\n\r\n")); i >= 0 && bytes.HasPrefix(r.Block, []byte("HTTP/")) {
			fmt.Fprintf(&b, "WARC-Payload-Digest: %s\r\n", sha1Digest(r.Block[i+4:]))
		}
	}
	if ct != "" {
		fmt.Fprintf(&b, "Content-Type: %s\r\n", ct)
	}
	b.WriteString("Content-Length: " + strconv.Itoa(length) + "\r\n\r\n")
	b.Write(r.Block)
	if r.Length == 0 || r.Length <= len(r.Block) {
		b.WriteString("\r\n\r\n")
	}
	return w.WriteRaw(b.Bytes())
}

// WriteRaw writes data as it is, in a gzip member of its own when the
// archive is compressed: a broken record, or garbage between records.
func (w *Writer) WriteRaw(data []byte) error {
	if !w.gzip {
		_, err := w.w.Write(data)
		return err
	}
	if w.zw == nil {
		w.zw = gzip.NewWriter(w.w)
	} else {
		w.zw.Reset(w.w)
	}
	if _, err := w.zw.Write(data); err != nil {
		return err
	}
	return w.zw.Close()
}

func sha1Digest(b []byte) string {
	sum := sha1.Sum(b)
	return "sha1:" + base32.StdEncoding.EncodeToString(sum[:])
}
