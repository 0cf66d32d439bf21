// Package cli is the artext command line: [Run] runs it with the streams
// and arguments it is given, and returns the exit code.
//
// Each command is a package of its own below this one, built as
// NewCmdX(streams, runF) with an XOptions struct that holds its streams and
// flag values, so that tests run it in-process: extract (which the artext
// command runs on its inputs), fixtures, rules, eval, schema, version and
// completion. What they share is in cmdutil (streams, errors, exit codes,
// shared flags); a batch lists its inputs with package inputs, decides
// where results go with outputs, and extracts each input with worker,
// through the ordered pool of package internal/batch.
package cli

import (
	"context"
	"os"
	"os/signal"

	"github.com/artext/artext/internal/cli/cmdutil"
	"github.com/artext/artext/internal/cli/version"
)

// Run executes the artext command line args with the streams s, for the
// binary whose build is build, and returns the process's exit code. An
// interrupt (Ctrl-C) cancels the run, which stops as soon as the inputs
// under way are done. Errors are printed on s.ErrOut, once, one line each.
func Run(args []string, s *cmdutil.Streams, build version.Build) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()

	cmd := NewCmdRoot(s, build)
	cmd.SetArgs(args)
	err := cmd.ExecuteContext(ctx)
	if err != nil {
		cmdutil.ReportError(s.ErrOut, err)
	}
	return cmdutil.ExitCode(err)
}
