package fetch

import (
	"errors"
	"math/rand/v2"
	"time"
)

// maxRetryAfter caps the wait a Retry-After header can ask for.
const maxRetryAfter = time.Minute

// retryWait says whether the failed attempt number attempt (from 0) is worth
// another, and how long to wait before it.
func (c *Config) retryWait(err error, attempt int) (time.Duration, bool) {
	var he *HTTPError
	if !errors.As(err, &he) || !he.Temporary() {
		return 0, false
	}
	if he.retryAfter >= 0 {
		return min(he.retryAfter, maxRetryAfter), true
	}
	wait := max(c.RetryWait, 0) << min(attempt, 10)
	return wait + rand.N(wait/2+1), true
}
