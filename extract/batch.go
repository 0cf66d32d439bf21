package extract

import (
	"context"
	"iter"
	"runtime"
	"sync"
)

// ResultsPerWorker is how many finished results [RunBatch] holds per worker,
// at most, while it waits for an earlier one: the window that lets fast
// inputs overtake a slow one without holding the whole run in memory.
const ResultsPerWorker = 4

// RunBatch calls work on each input, jobs calls at once, and yields the
// results in the order of the inputs, each as soon as it and all before it
// are done. jobs <= 0 means runtime.GOMAXPROCS(0).
//
// Memory stays bounded however many inputs there are: inputs are pulled
// only as workers free up, and at most jobs*ResultsPerWorker results are
// held. A slow input holds the results after it back, so the others wait
// once the window is full.
//
// When ctx is cancelled, no new input is started, the results of the calls
// already started are yielded, and the sequence ends; work should watch ctx
// to return early. When the caller stops iterating, ctx is cancelled for the
// calls still running and RunBatch waits for them before it returns. A
// panic in work is raised again in the caller's goroutine when its result's
// turn comes.
func RunBatch[In, Out any](ctx context.Context, inputs iter.Seq[In], jobs int, work func(context.Context, In) Out) iter.Seq[Out] {
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	return func(yield func(Out) bool) {
		var wg sync.WaitGroup
		defer wg.Wait()
		ctx, cancel := context.WithCancel(ctx)
		defer cancel()

		pending := make(chan *batchSlot[Out], jobs*ResultsPerWorker) // in input order
		tasks := make(chan batchTask[In, Out])
		for range jobs {
			wg.Go(func() {
				for t := range tasks {
					runSlot(ctx, t.slot, work, t.input)
				}
			})
		}
		wg.Go(func() {
			defer close(pending)
			defer close(tasks)
			for in := range inputs {
				if ctx.Err() != nil {
					return
				}
				s := &batchSlot[Out]{done: make(chan struct{})}
				select {
				case pending <- s:
				case <-ctx.Done():
					return
				}
				select {
				case tasks <- batchTask[In, Out]{in, s}:
				case <-ctx.Done():
					s.skipped = true
					close(s.done)
					return
				}
			}
		})

		for s := range pending {
			<-s.done
			if s.skipped {
				return
			}
			if s.panicValue != nil {
				panic(s.panicValue)
			}
			if !yield(s.out) {
				return
			}
		}
	}
}

// batchTask is an input with the slot its result goes to.
type batchTask[In, Out any] struct {
	input In
	slot  *batchSlot[Out]
}

// batchSlot holds one result until its turn comes.
type batchSlot[Out any] struct {
	done       chan struct{} // closed when out is set
	out        Out
	skipped    bool // never started: the run was cancelled
	panicValue any
}

// runSlot calls work and puts its result, or its panic, in s.
func runSlot[In, Out any](ctx context.Context, s *batchSlot[Out], work func(context.Context, In) Out, in In) {
	defer close(s.done)
	defer func() {
		if r := recover(); r != nil {
			s.panicValue = r
		}
	}()
	s.out = work(ctx, in)
}
