package main

import (
	"bytes"
	"context"
	"errors"

	"github.com/artext/artext/boilerplate"
	"github.com/artext/artext/extract"
)

// outcomeKind says how an input went.
type outcomeKind int

const (
	outcomeDone    outcomeKind = iota // extracted and written
	outcomeEmpty                      // read, but it holds no article
	outcomeFailed                     // could not be read, extracted or written
	outcomeSkipped                    // left out: its output exists (--skip-existing)
)

// outcome is the result of one input.
type outcome struct {
	input   input
	kind    outcomeKind
	data    []byte                // the rendered article, for standard output
	removed []boilerplate.Removal // for --explain
	err     error                 // for outcomeEmpty and outcomeFailed
}

// process extracts one input, renders it and writes it to its output file,
// if it has one; the result for standard output is left to the caller, who
// writes results in input order. A panic is the input's failure.
func (x *extraction) process(ctx context.Context, in input) (out outcome) {
	out = outcome{input: in}
	defer func() {
		if r := recover(); r != nil { // one input never takes the run down
			out = outcome{input: in}.fail(namedError(in.name, &panicError{r}))
		}
	}()
	if in.err != nil {
		return out.fail(namedError(in.name, in.err))
	}
	if x.opts.skipExisting && in.outputDir != "" && outputExists(in.output) {
		out.kind = outcomeSkipped
		return out
	}
	a, err := x.extract(ctx, in)
	if a != nil {
		out.removed = a.Removed
	}
	switch {
	case errors.Is(err, extract.ErrNoContent):
		out.kind, out.err = outcomeEmpty, namedError(in.name, err)
		return out
	case err != nil:
		return out.fail(namedError(in.name, err))
	}
	var buf bytes.Buffer
	if err := extract.Write(&buf, a, x.format, extract.WriteOptions{NoFrontMatter: x.opts.noFrontMatter}); err != nil {
		return out.fail(namedError(in.name, err))
	}
	switch {
	case in.output == "":
		out.data = buf.Bytes()
	case in.outputDir != "":
		if err = writeBelow(in.outputDir, in.output, buf.Bytes()); err != nil {
			err = namedError(in.name, err)
		}
	default:
		err = writeOutput(in.output, buf.Bytes(), nil)
	}
	if err != nil {
		return out.fail(err)
	}
	return out
}

func (o outcome) fail(err error) outcome {
	o.kind, o.err = outcomeFailed, err
	return o
}

// extract reads the input, from its file, standard input or its URL, and
// extracts its article within --doc-timeout: the download of a URL, which
// --timeout bounds, is not counted.
func (x *extraction) extract(ctx context.Context, in input) (*extract.Article, error) {
	opts := x.options
	opts.Name = in.name
	if in.isURL {
		resp, err := x.fetcher.Fetch(ctx, in.name)
		if err != nil {
			return nil, err
		}
		if opts.URL == "" {
			opts.URL = resp.URL
		}
		opts.ContentType = resp.ContentType
		return contain(ctx, x.opts.docTimeout, func(ctx context.Context) (*extract.Article, error) {
			return extract.FromBytes(ctx, resp.Body, opts)
		})
	}
	if in.record != nil {
		rec := *in.record    // the extraction's own copy, should the watchdog leave it running
		in.record.Body = nil // let the page go while its result waits its turn
		return contain(ctx, x.opts.docTimeout, func(ctx context.Context) (*extract.Article, error) {
			return rec.Extract(ctx, opts)
		})
	}
	return contain(ctx, x.opts.docTimeout, func(ctx context.Context) (*extract.Article, error) {
		r, err := openInput(in.name, x.opts.streams.In)
		if err != nil {
			return nil, err
		}
		defer r.Close()
		return extract.FromReader(ctx, r, opts)
	})
}

// namedError makes err the error of the input name (see extract.NameError).
func namedError(name string, err error) error {
	return extract.NameError(name, err)
}
