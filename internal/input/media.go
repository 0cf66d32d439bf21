package input

import (
	"bytes"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"strings"
)

// A ContentTypeError is content that is neither HTML nor text.
type ContentTypeError struct {
	ContentType string // the media type, as served or sniffed
	Sniffed     bool   // whether it was recognised from the bytes
}

func (e *ContentTypeError) Error() string {
	how := ""
	if e.Sniffed {
		how = " (recognised from the content)"
	}
	return fmt.Sprintf("unsupported content type %s%s: want HTML or text", e.ContentType, how)
}

// CheckContentType refuses, with a *ContentTypeError, the media types
// that hold no page to extract, as a server's Content-Type gives them. It
// reports whether the content must be sniffed because the type says
// nothing (missing, unparsable, or application/octet-stream).
func CheckContentType(contentType string) (sniff bool, err error) {
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

// CheckSniffedType refuses, with a *ContentTypeError, content whose first
// bytes are not those of HTML or text, by the WHATWG sniffing algorithm.
func CheckSniffedType(body []byte) error {
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

// CheckBinary refuses images, PDFs, archives and programs by their first
// bytes, as a browser recognises them, with a *ContentTypeError. Content
// of no known type is refused when its first 512 bytes hold a zero byte,
// as binary files do and text does not (but UTF-16 text, recognised
// first): control characters alone, such as a terminal's escape codes, do
// not make text binary.
func CheckBinary(data []byte) error {
	if LooksLikeUTF16(data) {
		return nil
	}
	err := CheckSniffedType(data)
	var cte *ContentTypeError
	if errors.As(err, &cte) && cte.ContentType == "application/octet-stream" && bytes.IndexByte(data[:min(len(data), 512)], 0) < 0 {
		return nil
	}
	return err
}

// LooksLikeUTF16 reports whether data starts with a UTF-16 byte order mark
// or has the zero bytes of UTF-16 text.
func LooksLikeUTF16(data []byte) bool {
	if e, name := bomEncoding(data); e != nil {
		return name != "utf-8"
	}
	return utf16WithoutBOM(data) != ""
}
