package cmdutil

import (
	"io"
	"os"

	"golang.org/x/term"
)

// Streams are the standard streams a command reads and writes, given as
// values so that tests can run commands in-process with buffers.
type Streams struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer

	// InIsTerminal reports whether In is an interactive terminal, in which
	// case artext does not wait on it for a page.
	InIsTerminal bool
	// ErrIsTerminal reports whether ErrOut is an interactive terminal,
	// where progress may be shown.
	ErrIsTerminal bool
	// NoColor turns colour off, as the NO_COLOR environment variable asks.
	NoColor bool
}

// SystemStreams returns the process's standard streams. Only main calls
// it: below main, commands use the streams they are given.
func SystemStreams() *Streams {
	return &Streams{
		In:            os.Stdin,
		Out:           os.Stdout,
		ErrOut:        os.Stderr,
		InIsTerminal:  term.IsTerminal(int(os.Stdin.Fd())),
		ErrIsTerminal: term.IsTerminal(int(os.Stderr.Fd())),
		NoColor:       os.Getenv("NO_COLOR") != "",
	}
}
