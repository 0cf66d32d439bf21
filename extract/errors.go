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

// inputError names the input in an error: "page.html: no article content found".
func inputError(name string, err error) error {
	if name == "" {
		return err
	}
	return fmt.Errorf("%s: %w", name, err)
}
