package fetch

import (
	"context"
	"fmt"
	"io"
	"sync/atomic"
	"time"
)

// A body that brings fewer than slowBodyBytes in any slowBodyWindow is
// abandoned, as curl's --speed-limit does: a server that trickles a page
// a byte a second would otherwise hold a worker for the whole timeout.
const (
	slowBodyWindow = 5 * time.Second
	slowBodyBytes  = 1 << 10
)

// slowBodyError is a body that came slower than the Fetcher accepts.
type slowBodyError struct{ n int64 }

func (e *slowBodyError) Error() string {
	return fmt.Sprintf("server too slow: %d bytes in %v (want at least %d)", e.n, slowBodyWindow, slowBodyBytes)
}

// watchRate returns body counting what is read from it, and watches the
// count: when fewer than slowBodyBytes are read in a slowBodyWindow, it
// calls cancel with a *slowBodyError, which ends the request. stop ends
// the watch; call it once the body is read.
func watchRate(body io.Reader, cancel context.CancelCauseFunc) (r io.Reader, stop func()) {
	c := &countingReader{r: body}
	done := make(chan struct{})
	go func() {
		t := time.NewTicker(slowBodyWindow)
		defer t.Stop()
		var last int64
		for {
			select {
			case <-done:
				return
			case <-t.C:
				n := c.n.Load()
				if n-last < slowBodyBytes {
					cancel(&slowBodyError{n: n - last})
					return
				}
				last = n
			}
		}
	}()
	return c, func() { close(done) }
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n atomic.Int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}
