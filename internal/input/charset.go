package input

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/gogs/chardet"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// DecodeToUTF8 converts data to UTF-8 and returns the name of the encoding
// it was read as. The encoding is, in order of trust: forced (a label such
// as "windows-1252"), the byte order mark, the charset parameter of
// contentType, a <meta> declaration in the first 64 KiB, UTF-16 recognised
// by its zero bytes, valid UTF-8, and last a statistical guess.
func DecodeToUTF8(data []byte, forced, contentType string, isHTML bool) ([]byte, string, error) {
	enc, name, err := chooseEncoding(data, forced, contentType, isHTML)
	if err != nil {
		return nil, "", err
	}
	if name == "utf-8" {
		data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
		if !utf8.Valid(data) {
			data = bytes.ToValidUTF8(data, []byte("\uFFFD"))
		}
		return data, name, nil
	}
	out, _, err := transform.Bytes(unicode.BOMOverride(enc.NewDecoder()), data)
	if err != nil {
		return nil, "", fmt.Errorf("decoding %s: %w", name, err)
	}
	return out, name, nil
}

func chooseEncoding(data []byte, forced, contentType string, isHTML bool) (encoding.Encoding, string, error) {
	if forced != "" {
		return lookupEncoding(forced)
	}
	if e, name := bomEncoding(data); e != nil {
		return e, name, nil
	}
	// Without a content type, DetermineEncoding is certain only of a byte
	// order mark, which bomEncoding has ruled out: it would read the first
	// KiB for nothing.
	if contentType != "" {
		if e, name, certain := charset.DetermineEncoding(data, contentType); certain {
			return declared(e, canonicalName(e, name), data)
		}
	}
	if label := metaCharset(data); label != "" {
		if e, name, err := lookupEncoding(label); err == nil {
			// A page that declares UTF-16 in ASCII bytes is not UTF-16.
			if !strings.HasPrefix(name, "utf-16") {
				return declared(e, name, data)
			}
		}
	}
	if name := utf16WithoutBOM(data); name != "" {
		return lookupEncoding(name)
	}
	if utf8.Valid(data) {
		return encoding.Nop, "utf-8", nil
	}
	return guessEncoding(data, isHTML)
}

// declared returns the encoding a page declares, unless the page is valid
// UTF-8 holding characters beyond ASCII while it declares another
// encoding: then it was saved as UTF-8 and its declaration is stale (a
// legacy text that happens to be valid UTF-8 with such sequences is
// vanishingly rare).
func declared(e encoding.Encoding, name string, data []byte) (encoding.Encoding, string, error) {
	if name != "utf-8" && !strings.HasPrefix(name, "utf-16") && hasMultibyteUTF8(data) {
		return encoding.Nop, "utf-8", nil
	}
	return e, name, nil
}

// hasMultibyteUTF8 reports whether data is valid UTF-8 and holds at least
// one character beyond ASCII.
func hasMultibyteUTF8(data []byte) bool {
	for i := 0; i < len(data); i++ {
		if data[i] >= utf8.RuneSelf {
			return utf8.Valid(data)
		}
	}
	return false
}

// lookupEncoding finds an encoding by its WHATWG label.
func lookupEncoding(label string) (encoding.Encoding, string, error) {
	e, err := htmlindex.Get(strings.TrimSpace(label))
	if err != nil {
		return nil, "", fmt.Errorf("unknown encoding %q", label)
	}
	return e, canonicalName(e, label), nil
}

func canonicalName(e encoding.Encoding, fallback string) string {
	if name, err := htmlindex.Name(e); err == nil {
		return name
	}
	return strings.ToLower(fallback)
}

func bomEncoding(data []byte) (encoding.Encoding, string) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return encoding.Nop, "utf-8"
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "utf-16be"
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "utf-16le"
	}
	return nil, ""
}

// metaPattern finds a charset declared in a <meta> tag that starts the
// text, in either form: <meta charset="x"> or <meta
// http-equiv="Content-Type" content="text/html; charset=x">.
var metaPattern = regexp.MustCompile(`(?i)^<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.\-]+)`)

// metaCharset returns the charset the first <meta> tag that declares one
// declares in the first 64 KiB of data, which is further than the 1024
// bytes the HTML standard's prescan looks at: many pages declare it late.
// The expression runs only where a "<meta" starts, found by a search for
// '<', far quicker than the expression's own search.
func metaCharset(data []byte) string {
	head := data[:min(len(data), 64<<10)]
	for i := 0; i < len(head); i++ {
		j := bytes.IndexByte(head[i:], '<')
		if j < 0 {
			break
		}
		i += j
		if len(head)-i < len("<meta") || !bytes.EqualFold(head[i+1:i+5], []byte("meta")) {
			continue
		}
		if m := metaPattern.FindSubmatch(head[i:]); m != nil {
			return string(m[1])
		}
	}
	return ""
}

// utf16WithoutBOM recognises UTF-16 text without a byte order mark by the
// zero bytes of its ASCII characters, and returns its label or "".
func utf16WithoutBOM(data []byte) string {
	n := min(len(data), 4096) &^ 1
	if n < 4 {
		return ""
	}
	var evenZeros, oddZeros int
	for i := 0; i < n; i += 2 {
		if data[i] == 0 {
			evenZeros++
		}
		if data[i+1] == 0 {
			oddZeros++
		}
	}
	pairs := n / 2
	switch {
	case oddZeros*10 >= pairs*7 && evenZeros*10 < pairs:
		return "utf-16le"
	case evenZeros*10 >= pairs*7 && oddZeros*10 < pairs:
		return "utf-16be"
	}
	return ""
}

// guessEncoding guesses the encoding of data that is not valid UTF-8 with
// ICU's statistical detector, falling back to windows-1252, the web's
// default for undeclared pages.
func guessEncoding(data []byte, isHTML bool) (encoding.Encoding, string, error) {
	d := chardet.NewTextDetector()
	if isHTML {
		d = chardet.NewHtmlDetector()
	}
	if r, err := d.DetectBest(data[:min(len(data), 64<<10)]); err == nil && r.Confidence >= 30 {
		if e, name, err := lookupEncoding(r.Charset); err == nil && name != "utf-8" {
			return e, name, nil
		}
	}
	return lookupEncoding("windows-1252")
}
