package extract

import (
	"bytes"
	"context"
	"errors"
	"net/url"

	"github.com/artext/artext/internal/htmlpath"
	"github.com/artext/artext/internal/htmlutil"
	"github.com/artext/artext/internal/input"
	"github.com/artext/artext/internal/textpath"
	"golang.org/x/net/html"
)

// fromBytes extracts the article of data, an input read whole: it refuses
// binary content, tells HTML from text, decodes the charset, checks the
// input's size in elements or lines, and takes the HTML path or the text
// path. gzipped says whether data was gunzipped.
func fromBytes(ctx context.Context, data []byte, gzipped bool, opts *Options) (*Article, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	format := opts.InputFormat
	if format == InputAuto && input.ServedAsHTML(opts.ContentType) {
		format = InputHTML
	}
	if format == InputAuto {
		if err := input.CheckBinary(data); err != nil {
			return nil, err
		}
		format = sniffFormat(data)
		if format == InputText && input.LooksLikeUTF16(data) {
			// Sniff again once decoded: UTF-16 markup hides behind zero bytes.
			format = InputAuto
		}
	}
	utf8Data, charsetName, err := input.DecodeToUTF8(data, opts.Encoding, opts.ContentType, format != InputText)
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
	if n := input.CountElements(utf8Data, limit); limit >= 0 && n > limit {
		return nil, &TooComplexError{Count: n, Limit: limit, What: "HTML elements"}
	}
	doc, err := html.Parse(bytes.NewReader(utf8Data))
	if err != nil {
		// The parser refuses pages nested deeper than it allows: their
		// text goes through the text path instead.
		opts.logger().Debug("reading the page as text", "reason", err)
		return fromText(ctx, input.FlatText(utf8Data), opts, src)
	}
	return fromTree(ctx, doc, opts, src)
}

// sniffFormat decides whether data (UTF-8) is HTML or text from its
// content (see input.SniffHTML).
func sniffFormat(data []byte) InputFormat {
	if input.SniffHTML(data) {
		return InputHTML
	}
	return InputText
}

// fromText extracts the article of text taken from a page (a page copied
// as text, a text browser's dump, or Markdown): the text path splits it
// into a document, which the shared tail finishes.
func fromText(ctx context.Context, text string, opts *Options, src Source) (*Article, error) {
	return finish(ctx, textpath.Split(text, opts.URL), opts, src, nil)
}

// fromTree extracts the article of the HTML document doc, mutating doc. In
// Precision mode, when that leaves no text, it extracts in Balanced mode
// from a copy of doc taken first: removing more is not worth losing the
// whole article.
func fromTree(ctx context.Context, doc *html.Node, opts *Options, src Source) (*Article, error) {
	if opts.Mode != Precision {
		return fromTreeInMode(ctx, doc, opts.Mode, opts, src)
	}
	backup := htmlutil.Clone(doc)
	a, err := fromTreeInMode(ctx, doc, Precision, opts, src)
	if !errors.Is(err, ErrNoContent) {
		return a, err
	}
	return fromTreeInMode(ctx, backup, Balanced, opts, src)
}

// fromTreeInMode extracts the article of doc in mode, mutating doc: the
// HTML path reads doc into a document, which the shared tail finishes.
func fromTreeInMode(ctx context.Context, doc *html.Node, mode Mode, opts *Options, src Source) (*Article, error) {
	pageURL := parsePageURL(opts.URL)
	page, err := htmlpath.Read(ctx, doc, htmlpath.Settings{
		Mode:    mode.htmlMode(),
		Explain: opts.Explain,
		PageURL: pageURL,
		Logger:  opts.logger(),
	})
	if err != nil {
		return nil, err
	}
	return finish(ctx, page, opts, src, pageURL)
}

// parsePageURL parses the page's address, or returns nil when it is empty
// or not an absolute URL.
func parsePageURL(raw string) *url.URL {
	if raw == "" {
		return nil
	}
	u, err := url.Parse(raw)
	if err != nil || !u.IsAbs() {
		return nil
	}
	return u
}
