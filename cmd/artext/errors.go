package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/artext/artext/extract"
)

// Exit codes of the artext command.
const (
	exitOK        = 0 // success
	exitError     = 1 // an input could not be read or written, or a check failed
	exitUsage     = 2 // unknown flag, format or command; wrong arguments
	exitNoArticle = 3 // the input was read but holds no article
)

// usageError is a mistake in the command line.
type usageError struct{ err error }

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

func usageErrorf(format string, args ...any) error {
	return &usageError{fmt.Errorf(format, args...)}
}

// exitCodeError carries an exit code for an error that has already been
// reported, or that needs a code of its own.
type exitCodeError struct {
	code int
	err  error // nil when the failure was already reported
}

func (e *exitCodeError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit status %d", e.code)
	}
	return e.err.Error()
}
func (e *exitCodeError) Unwrap() error { return e.err }

// silentExit returns an error that makes artext exit with code without
// printing anything more: the command has said what went wrong.
func silentExit(code int) error { return &exitCodeError{code: code} }

// exitCode maps an error returned by a command to the process's exit code.
func exitCode(err error) int {
	var ue *usageError
	var ce *exitCodeError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &ce):
		return ce.code
	case errors.As(err, &ue):
		return exitUsage
	case errors.Is(err, extract.ErrNoContent):
		return exitNoArticle
	}
	return exitError
}

// reportError prints err on w as one line, unless it was already reported.
func reportError(w io.Writer, err error) {
	var ce *exitCodeError
	if errors.As(err, &ce) && ce.err == nil {
		return
	}
	if errors.Is(err, context.Canceled) {
		err = errors.New("interrupted")
	}
	fmt.Fprintf(w, "artext: %v\n", err)
}
