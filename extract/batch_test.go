package extract_test

import (
	"context"
	"fmt"
	"runtime"
	"slices"
	"sync/atomic"
	"testing"

	"github.com/artext/artext/extract"
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

func TestRunBatchKeepsInputOrder(t *testing.T) {
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
	for out := range extract.RunBatch(context.Background(), count(50, nil), 3, work) {
		got = append(got, out)
	}
	want := make([]int, 50)
	for i := range want {
		want[i] = i * 10
	}
	if !slices.Equal(got, want) {
		t.Errorf("results %v, want %v", got, want)
	}
}

func TestRunBatchHoldsABoundedWindow(t *testing.T) {
	const jobs = 2
	// The results queued, the one being handed to the caller, and the input
	// being pulled.
	window := int64(jobs*extract.ResultsPerWorker + 2)
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
	for out := range extract.RunBatch(context.Background(), inputs, jobs, work) {
		if out != n {
			t.Fatalf("result %d at position %d", out, n)
		}
		n++
		yielded.Add(1)
	}
	if n != 200 {
		t.Errorf("%d results, want 200", n)
	}
}

func TestRunBatchStopsWhenTheCallerStops(t *testing.T) {
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
	for out := range extract.RunBatch(context.Background(), count(1000, nil), 4, work) {
		got = append(got, out)
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

func TestRunBatchEndsWhenCancelled(t *testing.T) {
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
	for err := range extract.RunBatch(ctx, count(100_000, &pulled), 2, work) {
		if n < 10 && err != nil {
			t.Errorf("result %d: %v, want no error before the cancellation", n, err)
		}
		n++
	}
	if n < 11 || pulled.Load() > 100 {
		t.Errorf("%d results of %d inputs pulled, want the first 11 and few more", n, pulled.Load())
	}
}

func TestRunBatchRaisesPanicsInOrder(t *testing.T) {
	var got []int
	defer func() {
		r := recover()
		if r != "boom on 2" || !slices.Equal(got, []int{0, 1}) {
			t.Errorf("recovered %v after %v, want boom on 2 after [0 1]", r, got)
		}
	}()
	work := func(_ context.Context, i int) int {
		if i == 2 {
			panic(fmt.Sprintf("boom on %d", i))
		}
		return i
	}
	for out := range extract.RunBatch(context.Background(), count(10, nil), 2, work) {
		got = append(got, out)
	}
	t.Error("no panic")
}

func TestRunBatchDefaultJobs(t *testing.T) {
	n := 0
	for range extract.RunBatch(context.Background(), count(20, nil), 0, func(_ context.Context, i int) int { return i }) {
		n++
	}
	if n != 20 {
		t.Errorf("%d results, want 20", n)
	}
}

func runtimeGosched() { runtime.Gosched() }
