package extract

import (
	"context"
	"strconv"
)

// A WARCRecord is a record of a WARC archive as [ReadWARC] yields it: a
// page to extract (Body set), a record that holds none (Skip set), or one
// that could not be read (Err set). It stays valid after the iteration
// moves on, so that records can be extracted in parallel.
type WARCRecord struct {
	// Origin says where the record is in its archive.
	Origin WARCOrigin
	// Type is the record's WARC-Type: "response", "request", "warcinfo"...
	Type string
	// URI is the record's WARC-Target-URI.
	URI string
	// Status is the HTTP status of a response record, 0 when it has none.
	Status int
	// ContentType is the Content-Type of the HTTP response, or the media
	// type sniffed from the body when the response gave none.
	ContentType string
	// Body is the page: the HTTP response's body with its transfer and
	// content encodings decoded. It is nil unless the record is a page.
	Body []byte
	// Skip says why a record that was read holds no page to extract.
	Skip WARCSkip
	// Err is why the record could not be read: it is broken (cut short,
	// unparsable), or its page is encoded in a way artext cannot decode or
	// larger than WARCOptions.MaxBytes (a *TooLargeError).
	Err error
}

// WARCSkip says why a WARC record holds no page to extract.
type WARCSkip int

// The reasons for skipping a record.
const (
	WARCNotSkipped      WARCSkip = iota // a page, or a record that could not be read
	WARCSkipType                        // not a response: warcinfo, request, metadata, revisit...
	WARCSkipStatus                      // an HTTP status other than 200, or no HTTP response at all
	WARCSkipContentType                 // content that is neither HTML nor text
)

// String says what the skipped records are, for a summary:
// "not responses", "not status 200", "not HTML or text".
func (s WARCSkip) String() string {
	switch s {
	case WARCSkipType:
		return "not responses"
	case WARCSkipStatus:
		return "not status 200"
	case WARCSkipContentType:
		return "not HTML or text"
	}
	return "not skipped"
}

// Name names the record in errors and as its article's Source.Name: its
// WARC-Target-URI, or "archive@offset" when it has none.
func (r *WARCRecord) Name() string {
	if r.URI != "" {
		return r.URI
	}
	return r.Origin.File + "@" + strconv.FormatInt(r.Origin.Offset, 10)
}

// Extract extracts the article of the record's page. opts.Name defaults to
// the record's [WARCRecord.Name], opts.URL to its WARC-Target-URI and
// opts.ContentType to its HTTP Content-Type, whose charset is trusted before
// the page's own. The article's Source.WARC is the record's origin. A record
// that holds no page fails with its Err, or with an error saying why it was
// skipped.
func (r *WARCRecord) Extract(ctx context.Context, opts Options) (*Article, error) {
	if opts.Name == "" {
		opts.Name = r.Name()
	}
	switch {
	case r.Err != nil:
		return nil, inputError(opts.Name, r.Err)
	case r.Body == nil:
		return nil, inputError(opts.Name, &warcSkipError{r})
	}
	if opts.URL == "" {
		opts.URL = r.URI
	}
	if opts.ContentType == "" {
		opts.ContentType = r.ContentType
	}
	a, err := FromBytes(ctx, r.Body, opts)
	if a != nil {
		origin := r.Origin
		a.Source.WARC = &origin
	}
	return a, err
}

// warcSkipError is the error of extracting a record that holds no page.
type warcSkipError struct{ r *WARCRecord }

func (e *warcSkipError) Error() string {
	switch e.r.Skip {
	case WARCSkipType:
		return "WARC record of type " + e.r.Type + " holds no page"
	case WARCSkipStatus:
		return "WARC record of HTTP status " + strconv.Itoa(e.r.Status) + " holds no page"
	case WARCSkipContentType:
		return "WARC record of content type " + e.r.ContentType + " holds no page"
	}
	return "WARC record holds no page"
}
