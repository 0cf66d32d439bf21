package batch

import "fmt"

// PanicError is a panic recovered while one input was worked on.
type PanicError struct {
	Value any // what was passed to panic
}

func (e *PanicError) Error() string { return fmt.Sprintf("internal error: %v", e.Value) }

// protect calls f and returns a *PanicError when f panics, nil otherwise.
//
// This is the boundary of one input's work in a batch, the one place where
// artext's command recovers a panic: a bug that one page sets off fails
// that page, and the run goes on. Both the workers of [Run] and the
// goroutine of [Within] call their work through it.
func protect(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &PanicError{Value: r}
		}
	}()
	f()
	return nil
}
