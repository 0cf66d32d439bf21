package boilerplate

import "fmt"

// CheckExamples runs every rule against its own examples and returns one
// error per example that fails: a drop example the rule does not match, or
// a keep example it does. Errors are of type *FileError.
func (s *RuleSet) CheckExamples() []error {
	var errs []error
	for _, r := range s.Rules() {
		for _, text := range r.Examples.Drop {
			if !r.Matches(text) {
				errs = append(errs, &FileError{File: r.File, Line: r.Line, Err: fmt.Errorf("rule %s does not match its drop example %q", r.ID, text)})
			}
		}
		for _, text := range r.Examples.Keep {
			if r.Matches(text) {
				errs = append(errs, &FileError{File: r.File, Line: r.Line, Err: fmt.Errorf("rule %s matches its keep example %q", r.ID, text)})
			}
		}
	}
	return errs
}
