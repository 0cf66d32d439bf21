package main

import (
	"context"
	"fmt"
	"github.com/artext/artext/internal/batch"
	"slices"
	"time"

	"github.com/artext/artext/extract"
)

// run extracts the inputs of list, -j at once, and writes their results in
// input order. A failing input is reported and the run goes on, unless
// --fail-fast. The error returned carries the exit code: 1 when an input
// failed, 3 when none failed but some held no article.
func (x *extraction) run(ctx context.Context, list *inputList) error {
	o := x.opts
	s := o.streams
	start := time.Now()
	total := len(list.inputs)
	inputs := slices.Values(list.inputs)
	var recs archiveRecords
	if list.archives > 0 {
		total = -1 // not known until the archives are read
		inputs = x.expandArchives(ctx, list, &recs)
	}
	bar := newProgress(s, total, list.several && !o.quiet)
	var t tally
	var stopped error
	for res := range batch.Run(ctx, inputs, o.jobs, x.process) {
		out := res.Value
		if res.Err != nil {
			out = outcome{input: res.Input}.fail(namedError(res.Input.name, res.Err))
		}
		if ctx.Err() != nil {
			break // interrupted: what is left failed for that reason alone
		}
		if err := x.report(out, list.several, bar); err != nil {
			stopped = err // standard output is gone: nothing more can be said
			break
		}
		t.count(out.kind)
		bar.add()
		if o.failFast && out.kind == outcomeFailed {
			break
		}
	}
	bar.finish()
	if list.archives > 0 {
		total = len(list.inputs) - list.archives + recs.inputs
		t.records = recs.skipped
	}
	if stopped != nil {
		return fmt.Errorf("writing standard output: %w", stopped)
	}
	if list.several && !o.quiet {
		fmt.Fprintf(s.ErrOut, "artext: %s\n", t.summary(total, time.Since(start)))
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	switch {
	case t.failed > 0:
		return silentExit(exitError)
	case t.empty > 0:
		return silentExit(exitNoArticle)
	}
	return nil
}

// report writes the result of one input: the article to standard output,
// or the failure as a line on standard error and, in JSON Lines with
// several inputs, as an object in the article's place.
func (x *extraction) report(out outcome, several bool, bar *progress) error {
	s := x.opts.streams
	if x.opts.explain && x.format != extract.FormatJSON && x.format != extract.FormatJSONL && len(out.removed) > 0 {
		prefix := ""
		if several {
			prefix = out.input.name + ": "
		}
		bar.print(func() { writeExplain(s.ErrOut, prefix, out.removed) })
	}
	switch out.kind {
	case outcomeEmpty, outcomeFailed:
		bar.print(func() { fmt.Fprintf(s.ErrOut, "artext: %v\n", out.err) })
		if several && x.format == extract.FormatJSONL && out.input.output == "" {
			return writeFailureLine(s.Out, out)
		}
	case outcomeDone:
		if out.data != nil {
			_, err := s.Out.Write(out.data)
			return err
		}
	}
	return nil
}
