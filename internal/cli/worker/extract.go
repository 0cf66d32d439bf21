package worker

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/artext/artext/extract"
	"github.com/artext/artext/internal/batch"
	"github.com/artext/artext/internal/cli/cmdutil"
	"github.com/artext/artext/internal/cli/inputs"
)

// Extractor extracts, renders and writes the inputs of a run, one call per
// input, from many goroutines at once.
type Extractor struct {
	Format extract.Format
	// Options are the library's options; Name, and the URL of an input
	// that has its own, are set per input.
	Options extract.Options
	Fetcher *extract.Fetcher // for URL inputs
	// DocTimeout bounds each input's extraction (not a URL's download,
	// which the Fetcher bounds); 0 means no limit.
	DocTimeout    time.Duration
	NoFrontMatter bool // Markdown without its YAML front matter
	// SkipExisting leaves out an input whose output file below the -o
	// folder exists.
	SkipExisting bool
	// Stdin is what the input "-" reads.
	Stdin io.Reader
}

// Extract reads the input, from its file, standard input, its URL or its
// WARC record, and extracts its article within DocTimeout. Its error names
// the file read, or the input's name (see extract.NameError); an
// extraction that runs out of time fails with an error that wraps a
// *batch.TimeoutError, and names --doc-timeout.
func (x *Extractor) Extract(ctx context.Context, in inputs.Input) (*extract.Article, error) {
	a, err := x.extract(ctx, in)
	var te *batch.TimeoutError
	if errors.As(err, &te) {
		err = fmt.Errorf("extraction %w (--doc-timeout)", te)
	}
	return a, inputError(in, err)
}

func (x *Extractor) extract(ctx context.Context, in inputs.Input) (*extract.Article, error) {
	opts := x.Options
	opts.Name = in.Name
	if in.URL != "" {
		opts.URL = in.URL
	}
	switch {
	case in.IsURL:
		resp, err := x.Fetcher.Fetch(ctx, in.Name)
		if err != nil {
			return nil, err
		}
		if opts.URL == "" {
			opts.URL = resp.URL
		}
		opts.ContentType = resp.ContentType
		return batch.Within(ctx, x.DocTimeout, func(ctx context.Context) (*extract.Article, error) {
			return extract.FromBytes(ctx, resp.Body, opts)
		})
	case in.Record != nil:
		rec := *in.Record    // the extraction's own copy, should it be left running
		in.Record.Body = nil // let the page go while its result waits its turn
		return batch.Within(ctx, x.DocTimeout, func(ctx context.Context) (*extract.Article, error) {
			return rec.Extract(ctx, opts)
		})
	}
	return batch.Within(ctx, x.DocTimeout, func(ctx context.Context) (*extract.Article, error) {
		r, err := cmdutil.OpenInput(in.File(), x.Stdin)
		if err != nil {
			return nil, err
		}
		defer r.Close()
		return extract.FromReader(ctx, r, opts)
	})
}

// Render renders the article in the run's format.
func (x *Extractor) Render(a *extract.Article) ([]byte, error) {
	var buf bytes.Buffer
	if err := extract.Write(&buf, a, x.Format, extract.WriteOptions{NoFrontMatter: x.NoFrontMatter}); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// inputError makes err the error of the file that in reads. The library
// names an input by in.Name, which is not the file's path for a fixture's
// page: that name is replaced.
func inputError(in inputs.Input, err error) error {
	if err == nil {
		return nil
	}
	var ie *extract.InputError
	if in.Path != "" && errors.As(err, &ie) && ie.Name == in.Name {
		err = ie.Err
	}
	return extract.NameError(in.File(), err)
}
