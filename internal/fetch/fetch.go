package fetch

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"time"
)

// Config is how to download: every value as it is meant, with no default
// to fill in.
type Config struct {
	// Transport sends the requests; nil means http.DefaultTransport.
	Transport http.RoundTripper
	// Timeout bounds each attempt, from sending the request to reading the
	// last byte of the body; a negative value means no limit other than
	// the context's.
	Timeout time.Duration
	// MaxBytes limits the body after Content-Encoding is decoded; a
	// negative value means no limit.
	MaxBytes int64
	// MaxRedirects is the number of redirects followed; a negative value
	// means none (a redirect is then an *HTTPError).
	MaxRedirects int
	// UserAgent is sent as the User-Agent header.
	UserAgent string
	// Retries is the number of attempts made after the first one when the
	// server answers 429 Too Many Requests or a 5xx status.
	Retries int
	// RetryWait is the wait before the first retry, doubled before each
	// next one, with up to a half of it added at random; a Retry-After
	// header of up to a minute is honoured instead.
	RetryWait time.Duration
}

// A Response is a page that Get downloaded.
type Response struct {
	URL         string // the page's address after redirects
	ContentType string // the Content-Type header the page was served with
	Body        []byte // the page's content, its Content-Encoding decoded
}

// Get downloads the page at rawURL, an http or https URL, as c says: it
// asks for gzip and deflate and decodes them itself, follows at most
// c.MaxRedirects redirects, limits the decoded body to c.MaxBytes, abandons
// a body that comes slower than 1 KiB in 5 seconds, refuses content that
// is neither HTML nor text (PDF, images) before reading it, and retries
// 429 and 5xx responses c.Retries times. It fails with an *HTTPError for
// an error status, an *input.ContentTypeError for content that is neither
// HTML nor text, an *input.TooLargeError for a body over the limit and a
// context.DeadlineExceeded for a timeout; its errors do not name the URL.
func Get(ctx context.Context, rawURL string, c Config) (*Response, error) {
	if err := checkURL(rawURL); err != nil {
		return nil, err
	}
	client := &http.Client{Transport: c.Transport, CheckRedirect: c.checkRedirect}
	for attempt := 0; ; attempt++ {
		resp, err := c.fetchOnce(ctx, client, rawURL)
		if err == nil || attempt >= c.Retries {
			return resp, err
		}
		wait, retry := c.retryWait(err, attempt)
		if !retry {
			return nil, err
		}
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return nil, ctx.Err()
		}
	}
}

// checkURL refuses URLs that Get cannot download.
func checkURL(rawURL string) error {
	u, err := url.Parse(rawURL)
	if err != nil {
		return err
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("unsupported URL scheme %q (want http or https)", u.Scheme)
	}
	if u.Host == "" {
		return fmt.Errorf("URL has no host")
	}
	return nil
}

func (c *Config) checkRedirect(req *http.Request, via []*http.Request) error {
	if c.MaxRedirects < 0 {
		return http.ErrUseLastResponse
	}
	if len(via) > c.MaxRedirects {
		return fmt.Errorf("stopped after %d redirects", c.MaxRedirects)
	}
	if s := req.URL.Scheme; s != "http" && s != "https" {
		return fmt.Errorf("redirected to unsupported URL scheme %q", s)
	}
	return nil
}
