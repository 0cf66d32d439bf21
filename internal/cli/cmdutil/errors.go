// Package cmdutil holds what artext's commands share: the streams they
// read and write, the errors they return and the exit codes those map to,
// argument checks, the flags that several commands take, and the progress
// bar of a long run.
package cmdutil

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/artext/artext/extract"
)

// Exit codes of the artext command, as its help documents them.
const (
	ExitOK        = 0 // success
	ExitError     = 1 // an input could not be read or written, or a check failed
	ExitUsage     = 2 // unknown flag, format or command; wrong arguments
	ExitNoArticle = 3 // the input was read but holds no article
)

// UsageError is a mistake in the command line: artext exits with
// ExitUsage.
type UsageError struct{ Err error }

func (e *UsageError) Error() string { return e.Err.Error() }
func (e *UsageError) Unwrap() error { return e.Err }

// Usagef returns a *UsageError with the message that fmt.Errorf makes.
func Usagef(format string, args ...any) error {
	return &UsageError{fmt.Errorf(format, args...)}
}

// ExitCodeError makes artext exit with Code. Err is printed, unless it is
// nil: then the command has already said what went wrong.
type ExitCodeError struct {
	Code int
	Err  error
}

func (e *ExitCodeError) Error() string {
	if e.Err == nil {
		return fmt.Sprintf("exit status %d", e.Code)
	}
	return e.Err.Error()
}

func (e *ExitCodeError) Unwrap() error { return e.Err }

// SilentExit returns an error that makes artext exit with code without
// printing anything more.
func SilentExit(code int) error { return &ExitCodeError{Code: code} }

// ExitCode maps an error returned by a command to the process's exit code:
// an *ExitCodeError's own code, ExitUsage for a *UsageError, ExitNoArticle
// for extract.ErrNoContent, ExitError for any other error, and ExitOK for
// nil.
func ExitCode(err error) int {
	var ue *UsageError
	var ce *ExitCodeError
	switch {
	case err == nil:
		return ExitOK
	case errors.As(err, &ce):
		return ce.Code
	case errors.As(err, &ue):
		return ExitUsage
	case errors.Is(err, extract.ErrNoContent):
		return ExitNoArticle
	}
	return ExitError
}

// ReportError prints err on w as one line, "artext: ...", unless it was
// already reported. An interrupted run says so.
func ReportError(w io.Writer, err error) {
	var ce *ExitCodeError
	if errors.As(err, &ce) && ce.Err == nil {
		return
	}
	if errors.Is(err, context.Canceled) {
		err = errors.New("interrupted")
	}
	fmt.Fprintf(w, "artext: %v\n", err)
}
