package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/artext/artext/extract"
)

// defaultDocTimeout is the default of --doc-timeout: far more than a page
// takes (a few milliseconds; the largest pages a second or two), little
// enough that a run of many pages does not wait long on one.
const defaultDocTimeout = 30 * time.Second

// docTimeoutError is a document whose extraction took longer than
// --doc-timeout.
type docTimeoutError struct{ after time.Duration }

func (e *docTimeoutError) Error() string {
	return fmt.Sprintf("extraction took longer than %v (--doc-timeout)", e.after)
}

// panicError is a panic recovered while a document was extracted.
type panicError struct{ value any }

func (e *panicError) Error() string { return fmt.Sprintf("internal error: %v", e.value) }

// contain runs work, the extraction of one document, within limit (none
// when limit <= 0) and turns a panic in it into a *panicError. The work
// runs in a goroutine of its own, given a context that ends at the
// deadline, and contain returns a *docTimeoutError when it has not
// finished by then: the run goes on at once, even when the work does not
// watch its context, and the work is left to finish in the background,
// its result dropped.
func contain(ctx context.Context, limit time.Duration, work func(context.Context) (*extract.Article, error)) (*extract.Article, error) {
	if limit <= 0 {
		return recoverExtract(ctx, work)
	}
	ctx, cancel := context.WithTimeout(ctx, limit)
	defer cancel()
	type result struct {
		a   *extract.Article
		err error
	}
	done := make(chan result, 1) // the goroutine never blocks on it
	go func() {
		a, err := recoverExtract(ctx, work)
		done <- result{a, err}
	}()
	select {
	case r := <-done:
		return r.a, r.err
	case <-ctx.Done():
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return nil, &docTimeoutError{after: limit}
		}
		return nil, ctx.Err() // interrupted
	}
}

// recoverExtract calls work, turning a panic into a *panicError.
func recoverExtract(ctx context.Context, work func(context.Context) (*extract.Article, error)) (a *extract.Article, err error) {
	defer func() {
		if r := recover(); r != nil {
			a, err = nil, &panicError{r}
		}
	}()
	return work(ctx)
}
