package fetch

import (
	"net/http"
	"strconv"
	"strings"
	"time"
)

// An HTTPError is a response whose status is not a success.
type HTTPError struct {
	StatusCode int    // 404
	Status     string // "404 Not Found"
	retryAfter time.Duration
}

func newHTTPError(resp *http.Response) *HTTPError {
	e := &HTTPError{StatusCode: resp.StatusCode, Status: resp.Status, retryAfter: -1}
	if e.Status == "" {
		e.Status = strconv.Itoa(resp.StatusCode) + " " + http.StatusText(resp.StatusCode)
	}
	if d, ok := parseRetryAfter(resp.Header.Get("Retry-After"), time.Now()); ok {
		e.retryAfter = d
	}
	return e
}

func (e *HTTPError) Error() string { return "HTTP " + e.Status }

// Temporary reports whether the request may succeed when tried again:
// 429 Too Many Requests and the 5xx statuses.
func (e *HTTPError) Temporary() bool {
	return e.StatusCode == http.StatusTooManyRequests || e.StatusCode >= 500
}

// parseRetryAfter reads a Retry-After header: a number of seconds or an
// HTTP date.
func parseRetryAfter(v string, now time.Time) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if s, err := strconv.Atoi(v); err == nil {
		return time.Duration(max(s, 0)) * time.Second, true
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(t.Sub(now), 0), true
	}
	return 0, false
}
