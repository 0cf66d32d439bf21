package extract

import (
	"errors"
	"fmt"
)

// ErrNoContent is returned, wrapped, when an input was read but holds no
// article. The Article returned with it carries what metadata was found.
var ErrNoContent = errors.New("no article content found")

// TooLargeError is returned, wrapped, when an input exceeds the size limit.
type TooLargeError struct {
	Limit int64 // the limit in bytes
}

func (e *TooLargeError) Error() string {
	return fmt.Sprintf("input is larger than the limit of %d bytes", e.Limit)
}

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

// inputError names the input in an error: "page.html: no article content found".
func inputError(name string, err error) error {
	if name == "" {
		return err
	}
	return fmt.Errorf("%s: %w", name, err)
}
