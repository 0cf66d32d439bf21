package extract

import (
	"context"
	"fmt"
	"io"
	"iter"
	"slices"
	"time"

	"github.com/artext/artext/boilerplate"
	"github.com/artext/artext/extract"
	"github.com/artext/artext/internal/batch"
	"github.com/artext/artext/internal/cli/cmdutil"
	"github.com/artext/artext/internal/cli/inputs"
	"github.com/artext/artext/internal/cli/worker"
)

// runBatch extracts the inputs of list, -j at once, and writes their
// results in input order. A failing input is reported and the run goes
// on, unless --fail-fast. The error returned carries the exit code: 1 when
// an input failed, 3 when none failed but some held no article.
func runBatch(ctx context.Context, opts *ExtractOptions, x *worker.Extractor, list *inputs.List) error {
	s := opts.Streams
	start := time.Now()
	total := len(list.Inputs)
	ins := slices.Values(list.Inputs)
	var records inputs.ArchiveCounts
	if list.Archives > 0 {
		total = -1 // not known until the archives are read
		ins = list.Expand(ctx, int64(opts.MaxBytes), &records)
	}
	bar := cmdutil.NewProgress(s, total, list.Several && !opts.Quiet)
	var t tally
	var stopped error
	for out := range outcomes(ctx, ins, opts.Jobs, x) {
		if ctx.Err() != nil {
			break // interrupted: what is left failed for that reason alone
		}
		if err := report(s, x.Format, out, list.Several, opts.Explain, bar); err != nil {
			stopped = err // standard output is gone: nothing more can be said
			break
		}
		t.count(out.Kind)
		bar.Add()
		if opts.FailFast && out.Kind == worker.Failed {
			break
		}
	}
	bar.Finish()
	if list.Archives > 0 {
		total = len(list.Inputs) - list.Archives + records.Pages()
		t.records = records.Skipped()
	}
	if stopped != nil {
		return fmt.Errorf("writing standard output: %w", stopped)
	}
	if list.Several && !opts.Quiet {
		fmt.Fprintf(s.ErrOut, "artext: %s\n", t.summary(total, time.Since(start)))
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	switch {
	case t.failed > 0:
		return cmdutil.SilentExit(cmdutil.ExitError)
	case t.empty > 0:
		return cmdutil.SilentExit(cmdutil.ExitNoArticle)
	}
	return nil
}

// outcomes runs x on the inputs, jobs at once, and yields their outcomes
// in input order; an input whose work panicked has failed.
func outcomes(ctx context.Context, ins iter.Seq[inputs.Input], jobs int, x *worker.Extractor) iter.Seq[worker.Outcome] {
	return func(yield func(worker.Outcome) bool) {
		for r := range batch.Run(ctx, ins, jobs, x.Process) {
			out := r.Value
			if r.Err != nil {
				out = worker.Fail(r.Input, r.Err)
			}
			if !yield(out) {
				return
			}
		}
	}
}

// report writes the result of one input: the article to standard output,
// or the failure as a line on standard error and, in JSON Lines to
// standard output, as an object in the article's place, for one input as
// for many.
func report(s *cmdutil.Streams, format extract.Format, out worker.Outcome, several, explain bool, bar *cmdutil.Progress) error {
	if explain && format != extract.FormatJSON && format != extract.FormatJSONL && len(out.Removed) > 0 {
		prefix := ""
		if several {
			prefix = out.Input.Name + ": "
		}
		bar.Print(func() { writeExplain(s.ErrOut, prefix, out.Removed) })
	}
	switch out.Kind {
	case worker.Empty, worker.Failed:
		bar.Print(func() { fmt.Fprintf(s.ErrOut, "artext: %v\n", out.Err) })
		if format == extract.FormatJSONL && out.Input.Output == "" {
			return writeFailureLine(s.Out, out)
		}
	case worker.Done:
		if out.Data != nil {
			_, err := s.Out.Write(out.Data)
			return err
		}
	}
	return nil
}

// writeFailureLine writes the failure of out as one line of JSON, naming
// the input, and the record of a WARC archive it came from.
func writeFailureLine(w io.Writer, out worker.Outcome) error {
	src := extract.Source{Name: out.Input.Name}
	if r := out.Input.Record; r != nil {
		src.WARC = &r.Origin
	}
	return extract.WriteFailure(w, src, out.Err)
}

// writeExplain prints the explain report on w: one line per removed block,
// each after prefix.
func writeExplain(w io.Writer, prefix string, removed []boilerplate.Removal) {
	for _, r := range removed {
		fmt.Fprintf(w, "%sremoved %s (%s, %s): %s\n", prefix, r.Rule, r.Category, r.Action, cmdutil.OneLine(r.Text, 100))
	}
}
