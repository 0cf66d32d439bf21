package extract

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/artext/artext/internal/htmlutil"
	"golang.org/x/net/html"
)

// FromReader reads a page from r and extracts its article. The input may be
// HTML or text, gzip-compressed or not, in any charset that the HTML
// standard knows; see [Options] for what can be forced.
//
// When the input holds no article, FromReader returns the article with the
// metadata it found and an error wrapping [ErrNoContent]. An input over
// Options.MaxBytes fails with a *[TooLargeError], one with more elements
// or lines than Options.MaxElements with a *[TooComplexError], and an
// image, a PDF or other binary content with a *[ContentTypeError] (unless
// Options.InputFormat is set). Errors name the input as Options.Name gives
// it. FromReader does not panic: a failure inside the pipeline is returned
// as an error.
func FromReader(ctx context.Context, r io.Reader, opts Options) (a *Article, err error) {
	defer recoverError(opts.Name, &err)
	data, gzipped, err := readInput(r, opts.maxBytes())
	if err != nil {
		return nil, inputError(opts.Name, err)
	}
	a, err = fromBytes(ctx, data, gzipped, &opts)
	if err != nil {
		err = inputError(opts.Name, err)
	}
	return a, err
}

// FromBytes is FromReader for content already in memory. It does not
// modify data, and reads it where it is unless it must be gunzipped.
func FromBytes(ctx context.Context, data []byte, opts Options) (a *Article, err error) {
	if isGzipMagic(data) {
		return FromReader(ctx, bytes.NewReader(data), opts)
	}
	defer recoverError(opts.Name, &err)
	if limit := opts.maxBytes(); limit >= 0 && int64(len(data)) > limit {
		return nil, inputError(opts.Name, &TooLargeError{Limit: limit})
	}
	a, err = fromBytes(ctx, data, false, &opts)
	if err != nil {
		err = inputError(opts.Name, err)
	}
	return a, err
}

func fromBytes(ctx context.Context, data []byte, gzipped bool, opts *Options) (*Article, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	format := opts.InputFormat
	if format == InputAuto && servedAsHTML(opts.ContentType) {
		format = InputHTML
	}
	if format == InputAuto {
		if err := checkBinary(data); err != nil {
			return nil, err
		}
		format = sniffFormat(data)
		if format == InputText && looksLikeUTF16(data) {
			// Sniff again once decoded: UTF-16 markup hides behind zero bytes.
			format = InputAuto
		}
	}
	utf8Data, charsetName, err := decodeToUTF8(data, opts.Encoding, opts.ContentType, format != InputText)
	if err != nil {
		return nil, err
	}
	if format == InputAuto {
		format = sniffFormat(utf8Data)
	}
	src := Source{Name: opts.Name, Format: format, Charset: charsetName, Gzip: gzipped}
	limit := opts.maxElements()
	if format == InputText {
		if n := bytes.Count(utf8Data, []byte("\n")); limit >= 0 && n > limit {
			return nil, &TooComplexError{Count: n, Limit: limit, What: "lines"}
		}
		return fromText(ctx, string(utf8Data), opts, src)
	}
	if n := countElements(utf8Data, limit); limit >= 0 && n > limit {
		return nil, &TooComplexError{Count: n, Limit: limit, What: "HTML elements"}
	}
	doc, err := html.Parse(bytes.NewReader(utf8Data))
	if err != nil {
		// The parser refuses pages nested deeper than it allows: their
		// text goes through the text path instead.
		opts.logger().Debug("reading the page as text", "reason", err)
		return fromText(ctx, flatText(utf8Data), opts, src)
	}
	return fromDocumentMutating(ctx, doc, opts, src)
}

// checkBinary refuses images, PDFs, archives and programs by their first
// bytes, as a browser recognises them. Content of no known type is refused
// when its first 512 bytes hold a zero byte, as binary files do and text
// does not (but UTF-16 text, recognised first): control characters alone,
// such as a terminal's escape codes, do not make text binary.
func checkBinary(data []byte) error {
	if looksLikeUTF16(data) {
		return nil
	}
	err := checkSniffedType(data)
	var cte *ContentTypeError
	if errors.As(err, &cte) && cte.ContentType == "application/octet-stream" && bytes.IndexByte(data[:min(len(data), 512)], 0) < 0 {
		return nil
	}
	return err
}

// looksLikeUTF16 reports whether data starts with a UTF-16 byte order mark
// or has the zero bytes of UTF-16 text.
func looksLikeUTF16(data []byte) bool {
	if e, name := bomEncoding(data); e != nil {
		return name != "utf-8"
	}
	return utf16WithoutBOM(data) != ""
}

// FromNode extracts the article of a parsed HTML document. It works on a
// copy: doc is left as it was. Options that concern reading bytes
// (InputFormat, Encoding, ContentType, MaxBytes) do not apply.
func FromNode(ctx context.Context, doc *html.Node, opts Options) (a *Article, err error) {
	defer recoverError(opts.Name, &err)
	a, err = fromDocumentMutating(ctx, htmlutil.Clone(doc), &opts, Source{Name: opts.Name, Format: InputHTML})
	if err != nil {
		err = inputError(opts.Name, err)
	}
	return a, err
}

// recoverError turns a panic into an error naming the input, so that no
// page can take a program down.
func recoverError(name string, err *error) {
	if r := recover(); r != nil {
		*err = inputError(name, fmt.Errorf("internal error: %v", r))
	}
}
