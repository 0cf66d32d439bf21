package batch

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// TimeoutError is the error of work that took longer than its limit.
type TimeoutError struct {
	Limit time.Duration
}

func (e *TimeoutError) Error() string { return fmt.Sprintf("took longer than %v", e.Limit) }

// Within calls f with a context that ends after limit and returns what f
// returns, or a *TimeoutError once limit has passed. limit <= 0 means no
// limit.
//
// With a limit, f runs in a goroutine of its own, so that Within returns on
// time even when f does not watch its context: f is then left to finish in
// the background and its result is dropped. When ctx itself ends first,
// Within returns ctx.Err().
//
// A panic in f is recovered and returned as a *PanicError, with or without
// a limit: f is part of an input's work, whose boundary [Run] draws.
func Within[T any](ctx context.Context, limit time.Duration, f func(context.Context) (T, error)) (T, error) {
	var zero T
	call := func(ctx context.Context) (v T, err error) {
		if perr := protect(func() { v, err = f(ctx) }); perr != nil {
			return zero, perr
		}
		return v, err
	}
	if limit <= 0 {
		return call(ctx)
	}
	ctx, cancel := context.WithTimeout(ctx, limit)
	defer cancel()
	type result struct {
		v   T
		err error
	}
	done := make(chan result, 1) // the goroutine never blocks on it
	go func() {
		v, err := call(ctx)
		done <- result{v, err}
	}()
	select {
	case r := <-done:
		return r.v, r.err
	case <-ctx.Done():
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return zero, &TimeoutError{Limit: limit}
		}
		return zero, ctx.Err() // the caller's context ended
	}
}
