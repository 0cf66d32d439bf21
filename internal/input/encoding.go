package input

import (
	"bufio"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"fmt"
	"io"
	"strings"
)

// DecodeContent reads body to its end, decoding the gzip or deflate
// Content-Encoding of an HTTP response, and fails with a *TooLargeError
// once the decoded content exceeds limit bytes (a negative limit means
// none).
func DecodeContent(body io.Reader, contentEncoding string, limit int64) ([]byte, error) {
	var r io.Reader
	switch enc := strings.ToLower(strings.TrimSpace(contentEncoding)); enc {
	case "", "identity":
		r = body
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(body)
		if err != nil {
			return nil, fmt.Errorf("reading gzip body: %w", err)
		}
		defer zr.Close()
		r = zr
	case "deflate":
		dr, err := newDeflateReader(body)
		if err != nil {
			return nil, fmt.Errorf("reading deflate body: %w", err)
		}
		defer dr.Close()
		r = dr
	default:
		return nil, fmt.Errorf("unsupported Content-Encoding %q", contentEncoding)
	}
	return readLimited(r, limit)
}

// newDeflateReader reads a deflate body: zlib-wrapped, as RFC 9110 says,
// or raw deflate, as some servers send it.
func newDeflateReader(body io.Reader) (io.ReadCloser, error) {
	br := bufio.NewReader(body)
	if h, err := br.Peek(2); err == nil && h[0]&0x0f == 8 && (uint16(h[0])<<8|uint16(h[1]))%31 == 0 {
		return zlib.NewReader(br)
	}
	return flate.NewReader(br), nil
}
