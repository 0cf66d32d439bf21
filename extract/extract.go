package extract

import (
	"bytes"
	"context"
	"fmt"
	"io"

	"github.com/artext/artext/internal/htmlutil"
	"github.com/artext/artext/internal/input"
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
	data, gzipped, err := input.Read(r, opts.maxBytes())
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
	if input.IsGzip(data) {
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

// FromNode extracts the article of a parsed HTML document. It works on a
// copy: doc is left as it was. Options that concern reading bytes
// (InputFormat, Encoding, ContentType, MaxBytes) do not apply.
func FromNode(ctx context.Context, doc *html.Node, opts Options) (a *Article, err error) {
	defer recoverError(opts.Name, &err)
	a, err = fromTree(ctx, htmlutil.Clone(doc), &opts, Source{Name: opts.Name, Format: InputHTML})
	if err != nil {
		err = inputError(opts.Name, err)
	}
	return a, err
}

// recoverError turns a panic into an error naming the input, so that no
// page can take a program down. It is deferred by the entry points of an
// extraction (FromReader, FromBytes, FromNode), the boundary where the
// pipeline recovers panics: the stages below them do not.
func recoverError(name string, err *error) {
	if r := recover(); r != nil {
		*err = inputError(name, fmt.Errorf("internal error: %v", r))
	}
}
