package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"time"

	"github.com/artext/artext/internal/input"
)

// fetchOnce makes one attempt at downloading rawURL, within c.Timeout.
func (c *Config) fetchOnce(ctx context.Context, client *http.Client, rawURL string) (*Response, error) {
	timeout := c.Timeout
	if timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, timeout)
		defer cancel()
	}
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", c.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1")
	req.Header.Set("Accept-Encoding", "gzip, deflate")
	resp, err := client.Do(req)
	if err != nil {
		return nil, transportError(ctx, err, timeout)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		io.CopyN(io.Discard, resp.Body, 4<<10) // lets the connection be reused
		return nil, newHTTPError(resp)
	}
	contentType := resp.Header.Get("Content-Type")
	sniff, err := input.CheckContentType(contentType)
	if err != nil {
		return nil, err
	}
	watched, stop := watchRate(resp.Body, cancel)
	body, err := input.DecodeContent(watched, resp.Header.Get("Content-Encoding"), c.MaxBytes)
	stop()
	if err != nil {
		var slow *slowBodyError
		if errors.As(context.Cause(ctx), &slow) {
			return nil, slow
		}
		return nil, transportError(ctx, err, timeout)
	}
	if sniff {
		if err := input.CheckSniffedType(body); err != nil {
			return nil, err
		}
	}
	return &Response{URL: resp.Request.URL.String(), ContentType: contentType, Body: body}, nil
}

// transportError makes err, from sending a request or reading a body, say
// what went wrong without repeating the URL.
func transportError(ctx context.Context, err error, timeout time.Duration) error {
	if errors.Is(ctx.Err(), context.DeadlineExceeded) && timeout > 0 {
		return &timeoutError{after: timeout}
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// timeoutError is an attempt that took longer than the timeout.
// It is a context.DeadlineExceeded.
type timeoutError struct{ after time.Duration }

func (e *timeoutError) Error() string        { return fmt.Sprintf("timed out after %v", e.after) }
func (e *timeoutError) Is(target error) bool { return target == context.DeadlineExceeded }
func (e *timeoutError) Timeout() bool        { return true }
