package extract

import (
	"errors"
	"fmt"

	"github.com/artext/artext/internal/input"
)

// ErrNoContent is returned, wrapped, when an input was read but holds no
// article. The Article returned with it carries what metadata was found.
var ErrNoContent = errors.New("no article content found")

// TooLargeError is returned, wrapped, when an input exceeds the size
// limit: its field Limit is the limit in bytes. Its message reads "input
// is larger than the limit of N bytes".
type TooLargeError = input.TooLargeError

// TooComplexError is returned, wrapped, when a page has more parts than
// the pipeline takes (see Options.MaxElements): more HTML elements, or
// lines of text. Such a page would take too long and too much memory.
type TooComplexError struct {
	Count int    // the parts counted, or the first number over Limit
	Limit int    // the limit
	What  string // what was counted: "HTML elements" or "lines"
}

func (e *TooComplexError) Error() string {
	return fmt.Sprintf("page has more than %d %s: too complex to extract", e.Limit, e.What)
}

// InputError is the error of one input: it names the input and wraps what
// went wrong, so that its message reads "page.html: no article content
// found" while errors.Is and errors.As still see the cause. Every error of
// FromReader, FromBytes, FromNode, a WARC record's Extract and Fetcher is
// one, when the input has a name.
type InputError struct {
	Name string // the input's name: a path, a URL, "-"
	Err  error  // what went wrong
}

func (e *InputError) Error() string {
	if e.Name == "" {
		return e.Err.Error()
	}
	return e.Name + ": " + e.Err.Error()
}

// Unwrap returns the cause.
func (e *InputError) Unwrap() error { return e.Err }

// NameError returns err as the error of the input name: err itself when it
// is already an *InputError of that name, else err wrapped in one. A nil
// err stays nil.
func NameError(name string, err error) error {
	if err == nil {
		return nil
	}
	var ie *InputError
	if errors.As(err, &ie) && ie.Name == name {
		return err
	}
	return &InputError{Name: name, Err: err}
}

// inputError names the input in an error, when it has a name.
func inputError(name string, err error) error {
	if name == "" {
		return err
	}
	return NameError(name, err)
}
