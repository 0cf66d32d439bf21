package warc

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"net/http/httputil"
	"strings"

	"github.com/artext/artext/internal/input"
)

// decodePayload reads the payload of an HTTP response recorded in a
// WARC archive and undoes what the server did to it on the wire: chunked
// transfer encoding, then gzip or deflate content encoding. Archives differ
// in whether they store the payload as sent or decoded, and some keep the
// headers of the first with the bytes of the second, so a payload that does
// not decode as its headers say is taken as it is. A payload over limit
// bytes (after decoding) fails with a *input.TooLargeError.
// sizeHint is the payload's size, if known, to read it without regrowing
// a buffer.
func decodePayload(payload io.Reader, sizeHint int64, header http.Header, limit int64) ([]byte, error) {
	raw, err := readSized(payload, sizeHint, limit)
	if err != nil {
		return nil, err
	}
	if header == nil {
		return raw, nil
	}
	if hasToken(header.Get("Transfer-Encoding"), "chunked") {
		if body, err := io.ReadAll(httputil.NewChunkedReader(bytes.NewReader(raw))); err == nil {
			raw = body
		}
	}
	enc := strings.ToLower(strings.TrimSpace(header.Get("Content-Encoding")))
	switch enc {
	case "", "identity":
		return raw, nil
	case "gzip", "x-gzip", "deflate":
		body, err := input.DecodeContent(bytes.NewReader(raw), enc, limit)
		if _, tooLarge := err.(*input.TooLargeError); tooLarge {
			return nil, err
		}
		if err != nil {
			return raw, nil // stored decoded, under the headers of the encoded response
		}
		return body, nil
	}
	return nil, fmt.Errorf("unsupported Content-Encoding %q", header.Get("Content-Encoding"))
}

// readSized reads r to its end, failing with an *input.TooLargeError past
// limit bytes, for content whose size is about sizeHint: it reads into a
// buffer of that size, growing it only if the hint was short.
func readSized(r io.Reader, sizeHint, limit int64) ([]byte, error) {
	if limit >= 0 {
		sizeHint = min(sizeHint, limit)
	}
	buf := make([]byte, 0, max(sizeHint, 0)+1) // +1: room to see the end
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if limit >= 0 && int64(len(buf)) > limit {
			return nil, &input.TooLargeError{Limit: limit}
		}
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

// hasToken reports whether the comma-separated header value v lists token,
// in any case.
func hasToken(v, token string) bool {
	for part := range strings.SplitSeq(v, ",") {
		if strings.EqualFold(strings.TrimSpace(part), token) {
			return true
		}
	}
	return false
}
