package batch_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/artext/artext/internal/batch"
)

func TestWithinStuckWork(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	_, err := batch.Within(context.Background(), 50*time.Millisecond, func(context.Context) (int, error) {
		<-release // stuck, and deaf to its context
		return 1, nil
	})
	var te *batch.TimeoutError
	if !errors.As(err, &te) || te.Limit != 50*time.Millisecond {
		t.Fatalf("error %v, want a *TimeoutError of 50ms", err)
	}
	if got, want := err.Error(), "took longer than 50ms"; got != want {
		t.Errorf("error %q, want %q", got, want)
	}
}

func TestWithinPanic(t *testing.T) {
	for _, limit := range []time.Duration{0, time.Minute} {
		v, err := batch.Within(context.Background(), limit, func(context.Context) (int, error) {
			panic("boom")
		})
		var pe *batch.PanicError
		if !errors.As(err, &pe) || err.Error() != "internal error: boom" || v != 0 {
			t.Errorf("limit %v: %d, %v; want internal error: boom", limit, v, err)
		}
	}
}

func TestWithinPassesResult(t *testing.T) {
	errWork := errors.New("the work's error")
	for _, limit := range []time.Duration{0, time.Minute} {
		got, err := batch.Within(context.Background(), limit, func(ctx context.Context) (int, error) {
			if _, ok := ctx.Deadline(); ok != (limit > 0) {
				t.Errorf("limit %v: the context has a deadline: %v", limit, ok)
			}
			return 7, errWork
		})
		if got != 7 || err != errWork {
			t.Errorf("limit %v: got %d, %v; want the work's result and error", limit, got, err)
		}
	}
}

func TestWithinInterrupted(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	release := make(chan struct{})
	defer close(release)
	time.AfterFunc(20*time.Millisecond, cancel)
	_, err := batch.Within(ctx, time.Minute, func(context.Context) (int, error) {
		<-release
		return 0, nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("error %v, want context.Canceled", err)
	}
}
