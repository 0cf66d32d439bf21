package extract

import (
	"context"

	"github.com/artext/artext/internal/cli/cmdutil"
	"github.com/artext/artext/internal/cli/inputs"
	"github.com/artext/artext/internal/cli/worker"
)

// Run extracts the articles of the inputs of opts (standard input when
// there are none) and writes them as opts asks. The error returned carries
// the exit code (see cmdutil.ExitCode).
func Run(ctx context.Context, opts *ExtractOptions) error {
	x, err := worker.New(opts.Settings)
	if err != nil {
		return err
	}
	args := opts.Inputs
	if len(args) == 0 && opts.FilesFrom == "" {
		if opts.Streams.InIsTerminal {
			return cmdutil.Usagef("no input: give a file, a folder or a URL, or pipe a page to standard input (see artext --help)")
		}
		args = []string{"-"}
	}
	match, err := inputs.BatchMatcher(opts.Globs)
	if err != nil {
		return err
	}
	list, err := inputs.FromArgs(args, inputs.Options{FilesFrom: opts.FilesFrom, Match: match, Stdin: opts.Streams.In})
	if err != nil {
		return err
	}
	x.Stdin = list.Stdin
	if err := planOutput(opts, x, list); err != nil {
		return err
	}
	return runBatch(ctx, opts, x, list)
}
