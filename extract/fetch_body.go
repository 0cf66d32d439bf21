package extract

import (
	"bufio"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
)

// decodeBody reads body to its end, decoding the gzip or deflate
// Content-Encoding, and fails with a *TooLargeError once the decoded content
// exceeds limit bytes (a negative limit means none).
func decodeBody(body io.Reader, contentEncoding string, limit int64) ([]byte, error) {
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

// checkContentType refuses media types that hold no page to extract. It
// reports whether the body must be sniffed because the type says nothing
// (missing, unparsable, or application/octet-stream).
func checkContentType(contentType string) (sniff bool, err error) {
	if strings.TrimSpace(contentType) == "" {
		return true, nil
	}
	mediaType, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return true, nil
	}
	if mediaType == "application/octet-stream" {
		return true, nil
	}
	if !isPageType(mediaType) {
		return false, &ContentTypeError{ContentType: mediaType}
	}
	return false, nil
}

// checkSniffedType refuses a body whose first bytes are not those of HTML
// or text, by the WHATWG sniffing algorithm.
func checkSniffedType(body []byte) error {
	mediaType, _, _ := mime.ParseMediaType(http.DetectContentType(body))
	if !isPageType(mediaType) {
		return &ContentTypeError{ContentType: mediaType, Sniffed: true}
	}
	return nil
}

// isPageType reports whether a media type is HTML or text.
func isPageType(mediaType string) bool {
	return strings.HasPrefix(mediaType, "text/") ||
		mediaType == "application/xhtml+xml" || mediaType == "application/xml"
}
