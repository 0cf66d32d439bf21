package extract

import (
	"context"
	"net/http"
	"time"

	"github.com/artext/artext/internal/fetch"
	"github.com/artext/artext/internal/input"
)

// Defaults of a [Fetcher] whose fields are zero.
const (
	DefaultFetchTimeout = 30 * time.Second // per attempt, request to last byte
	DefaultMaxRedirects = 10
	DefaultUserAgent    = "artext"
	DefaultRetryWait    = time.Second // before the first retry; doubles after
)

// A Fetcher downloads pages over HTTP and HTTPS for extraction. It asks for
// gzip and deflate and decodes them itself, follows a bounded number of
// redirects, limits the decoded body, abandons a body that comes slower
// than 1 KiB in 5 seconds, refuses content that is neither HTML nor text
// (PDF, images) before reading it, and retries 429 and 5xx responses when
// asked to.
//
// The zero value is ready to use. A Fetcher is safe for concurrent use; its
// fields must not change while it is in use.
type Fetcher struct {
	// Transport sends the requests; nil means http.DefaultTransport.
	Transport http.RoundTripper
	// Timeout bounds each attempt, from sending the request to reading the
	// last byte of the body: 0 means DefaultFetchTimeout, a negative value
	// means no limit other than the context's.
	Timeout time.Duration
	// MaxBytes limits the body after Content-Encoding is decoded: 0 means
	// DefaultMaxBytes, a negative value means no limit.
	MaxBytes int64
	// MaxRedirects is the number of redirects followed: 0 means
	// DefaultMaxRedirects, a negative value means none (a redirect is then
	// an *HTTPError).
	MaxRedirects int
	// UserAgent is sent as the User-Agent header; "" means DefaultUserAgent.
	UserAgent string
	// Retries is the number of attempts made after the first one when the
	// server answers 429 Too Many Requests or a 5xx status. Other failures
	// are not retried.
	Retries int
	// RetryWait is the wait before the first retry, doubled before each
	// next one, with up to a half of it added at random so that parallel
	// clients spread out; 0 means DefaultRetryWait. A Retry-After header
	// of up to a minute is honoured instead.
	RetryWait time.Duration
}

// A Response is a page that a [Fetcher] downloaded.
type Response struct {
	// URL is the page's address after redirects.
	URL string
	// ContentType is the Content-Type header the page was served with.
	ContentType string
	// Body is the page's content, with its Content-Encoding decoded.
	Body []byte
}

// Fetch downloads the page at rawURL, an http or https URL. Errors name the
// URL and wrap an *HTTPError for an error status, a *ContentTypeError for
// content that is neither HTML nor text, a *TooLargeError for a body over
// the limit, and context.DeadlineExceeded for a timeout.
func (f *Fetcher) Fetch(ctx context.Context, rawURL string) (*Response, error) {
	resp, err := f.fetch(ctx, rawURL)
	if err != nil {
		return nil, inputError(rawURL, err)
	}
	return resp, nil
}

// Extract downloads the page at rawURL and extracts its article. The
// charset of the Content-Type header is trusted before the page's own.
// opts.Name defaults to rawURL and opts.URL to the address after redirects;
// when f.MaxBytes is 0, opts.MaxBytes limits the download too.
func (f *Fetcher) Extract(ctx context.Context, rawURL string, opts Options) (*Article, error) {
	if opts.Name == "" {
		opts.Name = rawURL
	}
	g := *f
	if g.MaxBytes == 0 {
		g.MaxBytes = opts.MaxBytes
	}
	resp, err := g.fetch(ctx, rawURL)
	if err != nil {
		return nil, inputError(opts.Name, err)
	}
	if opts.URL == "" {
		opts.URL = resp.URL
	}
	if opts.ContentType == "" {
		opts.ContentType = resp.ContentType
	}
	return FromBytes(ctx, resp.Body, opts)
}

// fetch downloads the page at rawURL with internal/fetch, as f's fields
// say, their zero values made the defaults.
func (f *Fetcher) fetch(ctx context.Context, rawURL string) (*Response, error) {
	c := fetch.Config{
		Transport:    f.Transport,
		Timeout:      f.Timeout,
		MaxBytes:     (&Options{MaxBytes: f.MaxBytes}).maxBytes(),
		MaxRedirects: f.MaxRedirects,
		UserAgent:    f.UserAgent,
		Retries:      f.Retries,
		RetryWait:    f.RetryWait,
	}
	if c.Timeout == 0 {
		c.Timeout = DefaultFetchTimeout
	}
	if c.MaxRedirects == 0 {
		c.MaxRedirects = DefaultMaxRedirects
	}
	if c.UserAgent == "" {
		c.UserAgent = DefaultUserAgent
	}
	if c.RetryWait <= 0 {
		c.RetryWait = DefaultRetryWait
	}
	resp, err := fetch.Get(ctx, rawURL, c)
	if err != nil {
		return nil, err
	}
	return &Response{URL: resp.URL, ContentType: resp.ContentType, Body: resp.Body}, nil
}

// An HTTPError is a response whose status is not a success: its fields
// StatusCode (404) and Status ("404 Not Found") give the status, and its
// method Temporary reports whether the request may succeed when tried
// again (429 Too Many Requests and the 5xx statuses).
type HTTPError = fetch.HTTPError

// A ContentTypeError is content that is neither HTML nor text: its field
// ContentType is the media type as served or sniffed, and Sniffed reports
// whether it was recognised from the bytes rather than a Content-Type
// header.
type ContentTypeError = input.ContentTypeError
