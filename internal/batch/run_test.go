package batch_test

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"sync/atomic"
	"testing"

	"github.com/artext/artext/internal/batch"
)

// count yields 0, 1, ... n-1, and records in pulled how many were taken.
func count(n int, pulled *atomic.Int64) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := range n {
			if pulled != nil {
				pulled.Add(1)
			}
			if !yield(i) {
				return
			}
		}
	}
}

func TestRunKeepsInputOrder(t *testing.T) {
	// Input 0 finishes last: it waits until input 5 is done.
	fifthDone := make(chan struct{})
	work := func(_ context.Context, i int) int {
		switch i {
		case 0:
			<-fifthDone
		case 5:
			defer close(fifthDone)
		}
		return i * 10
	}
	var got []int
	for r := range batch.Run(context.Background(), count(50, nil), 3, work) {
		if r.Value != r.Input*10 || r.Err != nil {
			t.Errorf("input %d: result %d, %v", r.Input, r.Value, r.Err)
		}
		got = append(got, r.Value)
	}
	want := make([]int, 50)
	for i := range want {
		want[i] = i * 10
	}
	if !slices.Equal(got, want) {
		t.Errorf("results %v, want %v", got, want)
	}
}

func TestRunHoldsABoundedWindow(t *testing.T) {
	const jobs = 2
	// The results queued, the one being handed to the caller, and the input
	// being pulled.
	window := int64(jobs*batch.ResultsPerWorker + 2)
	var pulled, yielded atomic.Int64
	inputs := func(yield func(int) bool) {
		for i := range 200 {
			if ahead := pulled.Add(1) - yielded.Load(); ahead > window {
				t.Errorf("input %d pulled with %d results not yet delivered, want at most %d", i, ahead-1, window)
			}
			if !yield(i) {
				return
			}
		}
	}
	// Input 0 blocks until the window is full, so everything behind it waits.
	work := func(_ context.Context, i int) int {
		if i == 0 {
			for pulled.Load() < window {
				runtimeGosched()
			}
		}
		return i
	}
	n := 0
	for r := range batch.Run(context.Background(), inputs, jobs, work) {
		if r.Value != n {
			t.Fatalf("result %d at position %d", r.Value, n)
		}
		n++
		yielded.Add(1)
	}
	if n != 200 {
		t.Errorf("%d results, want 200", n)
	}
}

func TestRunStopsWhenTheCallerStops(t *testing.T) {
	var started, finished atomic.Int64
	work := func(ctx context.Context, i int) int {
		started.Add(1)
		defer finished.Add(1)
		if i >= 3 {
			<-ctx.Done() // only a cancelled run gets these done
		}
		return i
	}
	var got []int
	for r := range batch.Run(context.Background(), count(1000, nil), 4, work) {
		got = append(got, r.Value)
		if len(got) == 3 {
			break
		}
	}
	if !slices.Equal(got, []int{0, 1, 2}) {
		t.Errorf("results %v, want [0 1 2]", got)
	}
	if s, f := started.Load(), finished.Load(); s != f || s > 4+3 {
		t.Errorf("%d calls started, %d finished when RunBatch returned: want all finished, at most 7", s, f)
	}
}

func TestRunEndsWhenCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var pulled atomic.Int64
	work := func(ctx context.Context, i int) error {
		if i < 10 {
			return nil
		}
		if i == 10 {
			cancel()
		}
		return ctx.Err()
	}
	n := 0
	for r := range batch.Run(ctx, count(100_000, &pulled), 2, work) {
		if n < 10 && r.Value != nil {
			t.Errorf("result %d: %v, want no error before the cancellation", n, r.Value)
		}
		n++
	}
	if n < 11 || pulled.Load() > 100 {
		t.Errorf("%d results of %d inputs pulled, want the first 11 and few more", n, pulled.Load())
	}
}

// TestRunRecoversPanics fails the inputs whose work panics, each in its
// turn, and goes on with the others.
func TestRunRecoversPanics(t *testing.T) {
	work := func(_ context.Context, i int) int {
		if i%4 == 2 {
			panic(fmt.Sprintf("boom on %d", i))
		}
		return i
	}
	n := 0
	for r := range batch.Run(context.Background(), count(10, nil), 2, work) {
		if r.Input != n {
			t.Fatalf("input %d at position %d", r.Input, n)
		}
		var pe *batch.PanicError
		switch {
		case n%4 == 2:
			if !errors.As(r.Err, &pe) || pe.Value != fmt.Sprintf("boom on %d", n) || r.Value != 0 {
				t.Errorf("input %d: %d, %v; want a *PanicError", n, r.Value, r.Err)
			}
			if want := fmt.Sprintf("internal error: boom on %d", n); r.Err.Error() != want {
				t.Errorf("message %q, want %q", r.Err, want)
			}
		case r.Err != nil || r.Value != n:
			t.Errorf("input %d: %d, %v; want %d", n, r.Value, r.Err, n)
		}
		n++
	}
	if n != 10 {
		t.Errorf("%d results, want 10", n)
	}
}

func TestRunDefaultJobs(t *testing.T) {
	n := 0
	for range batch.Run(context.Background(), count(20, nil), 0, func(_ context.Context, i int) int { return i }) {
		n++
	}
	if n != 20 {
		t.Errorf("%d results, want 20", n)
	}
}

func runtimeGosched() { runtime.Gosched() }
