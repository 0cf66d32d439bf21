package main

import (
	"net/http"
	"runtime"

	"github.com/artext/artext/extract"
)

// extraction is what every input of a run shares: the output format, the
// library's options and the fetcher for URLs.
type extraction struct {
	opts    *extractOptions
	format  extract.Format
	options extract.Options // Name, and URL for a URL input, are set per input
	fetcher *extract.Fetcher
}

// newExtraction checks the flags of opts and prepares the run.
func newExtraction(opts *extractOptions) (*extraction, error) {
	format, err := extract.ParseFormat(opts.format)
	if err != nil {
		return nil, &usageError{err}
	}
	inputFormat, err := parseInputFormat(opts.inputFormat)
	if err != nil {
		return nil, err
	}
	if opts.jobs < 0 {
		return nil, usageErrorf("-j %d: want a positive number of jobs, or 0 for one per CPU", opts.jobs)
	}
	if opts.retries < 0 {
		return nil, usageErrorf("--retries %d: want 0 or more", opts.retries)
	}
	rules, err := opts.rules.load()
	if err != nil {
		return nil, err
	}
	mode, err := opts.mode()
	if err != nil {
		return nil, err
	}
	timeout := opts.timeout
	if timeout <= 0 {
		timeout = -1 // no limit
	}
	return &extraction{
		opts:   opts,
		format: format,
		options: extract.Options{
			URL:         opts.url,
			InputFormat: inputFormat,
			Encoding:    opts.encoding,
			MaxBytes:    int64(opts.maxBytes),
			Rules:       rules,
			Explain:     opts.explain,
			Mode:        mode,
			NoMarkdown:  format == extract.FormatText || format == extract.FormatHTML,
			NoHTML:      format != extract.FormatHTML,
		},
		fetcher: &extract.Fetcher{
			Transport: newTransport(opts.jobs),
			Timeout:   timeout,
			MaxBytes:  int64(opts.maxBytes),
			UserAgent: opts.userAgent,
			Retries:   opts.retries,
		},
	}, nil
}

// newTransport returns the HTTP transport of a run with jobs workers: the
// default one, keeping an idle connection per worker to a host rather
// than two, so that a list of URLs of one site reuses its connections.
func newTransport(jobs int) http.RoundTripper {
	t := http.DefaultTransport.(*http.Transport).Clone()
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	t.MaxIdleConnsPerHost = max(jobs, 2)
	return t
}
