package boilerplate

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// LoadFile reads and parses the rule file at path.
func LoadFile(path string) (*RuleSet, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(path, data)
}

// LoadDir reads every rule file of the folder dir, the files whose names
// end in .yaml or .yml, in the order of their names, and merges them into
// one set (see [Merge]). Subfolders and other files are passed over. A
// folder without rule files is an error, as a mistyped path would be.
// When several files have errors, LoadDir returns them all, joined.
func LoadDir(dir string) (*RuleSet, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var sets []*RuleSet
	var errs []error
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !(strings.HasSuffix(name, ".yaml") || strings.HasSuffix(name, ".yml")) {
			continue
		}
		s, err := LoadFile(filepath.Join(dir, name))
		if err != nil {
			errs = append(errs, err)
			continue
		}
		sets = append(sets, s)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	if len(sets) == 0 {
		return nil, fmt.Errorf("%s: no rule file (*.yaml, *.yml) in the folder", dir)
	}
	return Merge(sets...)
}

// Load reads the rule file at path, or, when path is a folder, every rule
// file in it (see [LoadDir]).
func Load(path string) (*RuleSet, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if info.IsDir() {
		return LoadDir(path)
	}
	return LoadFile(path)
}

// Problem is what [RuleSet.Check] finds wrong with a rule: an error, or a
// warning that does not keep the rule from being used.
type Problem struct {
	File    string
	Line    int
	Warning bool
	Err     error
}

func (p Problem) Error() string {
	if p.Warning {
		return fmt.Sprintf("%s:%d: warning: %v", p.File, p.Line, p.Err)
	}
	return fmt.Sprintf("%s:%d: %v", p.File, p.Line, p.Err)
}

func (p Problem) Unwrap() error { return p.Err }

// Check returns what is wrong with the rules of s, in the order of their
// files and lines: an error for every example that fails (see
// [RuleSet.CheckExamples]), and a warning for every rule that has no
// example to drop or none to keep. The built-in rules have both; a rule of
// one's own may go without, at the risk of removing what it should not.
func (s *RuleSet) Check() []Problem {
	var out []Problem
	for _, err := range s.CheckExamples() {
		var fe *FileError
		if errors.As(err, &fe) {
			out = append(out, Problem{File: fe.File, Line: fe.Line, Err: fe.Err})
		}
	}
	for _, r := range s.Rules() {
		var missing []string
		if len(r.Examples.Drop) == 0 {
			missing = append(missing, "drop")
		}
		if len(r.Examples.Keep) == 0 {
			missing = append(missing, "keep")
		}
		if len(missing) > 0 {
			out = append(out, Problem{File: r.File, Line: r.Line, Warning: true, Err: fmt.Errorf("rule %s has no example to %s: examples test a rule", r.ID, strings.Join(missing, " nor to "))})
		}
	}
	slices.SortStableFunc(out, func(a, b Problem) int {
		if c := strings.Compare(a.File, b.File); c != 0 {
			return c
		}
		return a.Line - b.Line
	})
	return out
}
