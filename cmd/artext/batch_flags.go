package main

import (
	"github.com/spf13/cobra"
)

// addBatchFlags defines the flags for many inputs and for URLs on cmd,
// bound to opts.
func addBatchFlags(cmd *cobra.Command, opts *extractOptions) {
	f := cmd.Flags()
	f.IntVarP(&opts.jobs, "jobs", "j", 0, "extract `N` inputs at once (default: the number of CPUs)")
	f.StringArrayVar(&opts.globs, "glob", nil, "in folders, take the files whose name matches this `pattern` (repeatable; default: *.html, *.htm, *.xhtml, *.txt, *.warc and their .gz)")
	f.StringVar(&opts.filesFrom, "files-from", "", "read inputs from `FILE`, one path or URL a line (- for standard input)")
	f.BoolVar(&opts.failFast, "fail-fast", false, "stop at the first input that fails")
	f.BoolVar(&opts.skipExisting, "skip-existing", false, "with -o DIR, leave out the inputs whose output file exists (resumes a run)")
	f.BoolVarP(&opts.quiet, "quiet", "q", false, "show no progress bar and no summary")
	f.DurationVar(&opts.timeout, "timeout", opts.timeout, "give up on a URL after this `duration`, for the whole request (0: no limit)")
	f.DurationVar(&opts.docTimeout, "doc-timeout", opts.docTimeout, "fail an input whose extraction takes longer than this `duration`, and go on (0: no limit; a URL's download has --timeout)")
	f.StringVar(&opts.userAgent, "user-agent", opts.userAgent, "the User-Agent `header` sent with URL requests")
	f.IntVar(&opts.retries, "retries", 0, "retry a URL `N` times, with backoff, when the server answers 429 or 5xx")
	cmd.MarkFlagFilename("files-from")
}
