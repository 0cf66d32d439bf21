package main

import (
	"context"
	"fmt"
	"github.com/artext/artext/internal/batch"
	"slices"
	"strings"

	"github.com/artext/artext/extract"
)

// fixtureRun is a run of fixtures update or check over a folder of pages.
type fixtureRun struct {
	opts   *fixturesOptions
	x      *extraction
	dir    string // the folder of pages
	root   string // the folder of the fixtures: dir, or --out
	fields []string
}

// runFixtures updates or checks, as opts asks, the fixtures of the pages
// in the folder dir.
func runFixtures(ctx context.Context, opts *fixturesOptions, dir string) error {
	r := &fixtureRun{opts: opts, dir: dir, root: dir}
	if opts.out != "" {
		r.root = opts.out
	}
	if err := checkPagesFolder(dir); err != nil {
		return err
	}
	if err := applySettings(opts, r.root); err != nil {
		return err
	}
	x := opts.extract
	x.rules.files = slices.DeleteFunc(x.rules.files, isBlank) // --rules '' clears the list
	x.globs = slices.DeleteFunc(x.globs, isBlank)
	if err := r.prepare(); err != nil {
		return err
	}
	m, err := newNameMatcher(opts.extract.globs)
	if err != nil {
		return err
	}
	pages, err := listFixturePages(dir, opts.out, r.x.format, m)
	if err != nil {
		return err
	}
	if opts.update {
		if opts.out != "" {
			if err := prepareOutputDir(opts.out); err != nil {
				return err
			}
		}
		if err := recordSettings(opts, r.root, r.x.format); err != nil {
			return err
		}
	}
	return r.run(ctx, pages)
}

// isBlank reports whether s is empty or only spaces.
func isBlank(s string) bool { return strings.TrimSpace(s) == "" }

// prepare checks the settings and makes the extraction they ask for.
func (r *fixtureRun) prepare() error {
	x, err := newExtraction(r.opts.extract)
	if err != nil {
		return err
	}
	r.x = x
	json := x.format == extract.FormatJSON
	switch {
	case x.format == extract.FormatJSONL:
		return usageErrorf("-f jsonl: a fixture is one file per page; use -f json")
	case len(r.opts.fields) > 0 && !json:
		return usageErrorf("%s compares JSON fields: it needs -f json, not -f %s", r.opts.origin("fields"), x.format)
	case x.opts.explain && !json:
		return usageErrorf("%s records the removed blocks in JSON fixtures: it needs -f json, not -f %s", r.opts.origin("explain"), x.format)
	}
	r.fields, err = parseFields(r.opts.fields)
	return err
}

// run updates or checks the fixtures of pages, -j at once, and reports
// each in the pages' order, then the extra fixtures, then a summary.
func (r *fixtureRun) run(ctx context.Context, pages []fixturePage) error {
	o := r.opts.extract
	s := o.streams
	bar := newProgress(s, len(pages), !o.quiet)
	var t fixtureTally
	for res := range batch.Run(ctx, slices.Values(pages), o.jobs, r.process) {
		out := res.Value
		if res.Err != nil {
			out = fixtureOutcome{page: res.Input}.fail(namedError(res.Input.path, res.Err))
		}
		if ctx.Err() != nil {
			break
		}
		bar.print(func() { r.report(out) })
		t.count(out.state)
		bar.add()
	}
	bar.finish()
	if err := ctx.Err(); err != nil {
		return err
	}
	for _, path := range r.extraFixtures(pages) {
		t.extra++
		if !r.opts.update {
			fmt.Fprintf(s.Out, "%s: extra: its page is gone\n", path)
			continue
		}
		if err := removeFixture(path); err != nil {
			t.failed++
			fmt.Fprintf(s.ErrOut, "artext: %v\n", err)
			continue
		}
		fmt.Fprintf(s.Out, "%s: removed: its page is gone\n", path)
	}
	if !o.quiet {
		fmt.Fprintln(s.Out, t.summary(r.opts.update))
	}
	if t.failed > 0 || (!r.opts.update && !t.clean()) {
		return silentExit(exitError)
	}
	return nil
}

// report writes what became of one page's fixture: nothing when it is
// unchanged, its diff or "missing" for check, "updated" or "new" for
// update, or the failure on standard error.
func (r *fixtureRun) report(out fixtureOutcome) {
	s := r.opts.extract.streams
	note := ""
	if out.noArticle {
		note = " (no article)"
	}
	switch {
	case out.state == fixtureFailed:
		fmt.Fprintf(s.ErrOut, "artext: %v\n", out.err)
	case out.state == fixtureUnchanged:
	case r.opts.update && out.state == fixtureChanged:
		fmt.Fprintf(s.Out, "%s: updated%s\n", out.page.fixture, note)
	case r.opts.update:
		fmt.Fprintf(s.Out, "%s: new%s\n", out.page.fixture, note)
	case out.state == fixtureChanged:
		fmt.Fprint(s.Out, out.diff)
	default:
		fmt.Fprintf(s.Out, "%s: missing\n", out.page.fixture)
	}
}
