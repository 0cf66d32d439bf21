// Package batch runs one function over many inputs, a few at a time, and
// hands back the results in the order of the inputs: the engine under
// artext's batches, its fixtures and its evaluations.
//
// [Run] is the worker pool. Each input's work runs inside the one boundary
// where artext recovers a panic of its own code: a panic fails that input,
// as a [*PanicError] in its [Result], and the run goes on. [Within] bounds
// the time of one step of an input's work, such as its extraction.
package batch

import (
	"context"
	"iter"
	"runtime"
	"sync"
)

// ResultsPerWorker is how many finished results [Run] holds per worker, at
// most, while it waits for an earlier one: the window that lets fast inputs
// overtake a slow one without holding the whole run in memory.
const ResultsPerWorker = 4

// Result is what became of one input of [Run].
type Result[In, Out any] struct {
	Input In  // the input, as the sequence gave it
	Value Out // what work returned; the zero value when Err is set
	// Err is a *PanicError when work panicked on this input, else nil.
	// Errors of the work itself are the work's to put in Value.
	Err error
}

// Run calls work on each input, jobs calls at once, and yields the results
// in the order of the inputs, each as soon as it and all before it are
// done. jobs <= 0 means runtime.GOMAXPROCS(0).
//
// Memory stays bounded however many inputs there are: inputs are pulled,
// in a goroutine of Run's, only as workers free up, and at most
// jobs*ResultsPerWorker results are held. A slow input holds the results
// after it back, so the others wait once the window is full.
//
// When ctx is cancelled, no new input is started, the results of the calls
// already started are yielded, and the sequence ends; work should watch ctx
// to return early. When the caller stops iterating, ctx is cancelled for
// the calls still running and Run waits for them before it returns.
//
// A panic in work is recovered in its worker and yielded, in its input's
// turn, as a Result whose Err is a *PanicError; the run goes on.
func Run[In, Out any](ctx context.Context, inputs iter.Seq[In], jobs int, work func(context.Context, In) Out) iter.Seq[Result[In, Out]] {
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	return func(yield func(Result[In, Out]) bool) {
		var wg sync.WaitGroup
		defer wg.Wait()
		ctx, cancel := context.WithCancel(ctx)
		defer cancel()

		pending := make(chan *slot[In, Out], jobs*ResultsPerWorker) // in input order
		tasks := make(chan *slot[In, Out])
		for range jobs {
			wg.Go(func() {
				for s := range tasks {
					s.run(ctx, work)
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
				s := &slot[In, Out]{result: Result[In, Out]{Input: in}, done: make(chan struct{})}
				select {
				case pending <- s:
				case <-ctx.Done():
					return
				}
				select {
				case tasks <- s:
				case <-ctx.Done():
					s.skipped = true
					close(s.done)
					return
				}
			}
		})

		for s := range pending {
			<-s.done
			if s.skipped || !yield(s.result) {
				return
			}
		}
	}
}

// slot holds one input's result until its turn comes.
type slot[In, Out any] struct {
	result  Result[In, Out]
	done    chan struct{} // closed when result is set
	skipped bool          // never started: the run was cancelled
}

// run calls work on the slot's input, within the panic boundary, and
// marks the slot done.
func (s *slot[In, Out]) run(ctx context.Context, work func(context.Context, In) Out) {
	defer close(s.done)
	s.result.Err = protect(func() {
		s.result.Value = work(ctx, s.result.Input)
	})
}
