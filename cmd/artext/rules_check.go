package main

import (
	"errors"
	"fmt"
	"os"
	"slices"

	"github.com/artext/artext/boilerplate"
	"github.com/spf13/cobra"
)

// rulesCheckOptions hold the flags of rules check.
type rulesCheckOptions struct {
	streams   *streams
	noDefault bool
}

func newRulesCheckCmd(s *streams) *cobra.Command {
	opts := &rulesCheckOptions{streams: s}
	cmd := &cobra.Command{
		Use:   "check [flags] FILE...",
		Short: "Check rule files: schema, regular expressions, examples",
		Long: `Check rule files: each must be valid YAML with known keys, every rule must
have an id, a category, one matcher, a valid regular expression, action
and where, and examples to drop and to keep; every drop example must be
matched by its rule and no keep example may be. Ids must not repeat within
the files or clash with the built-in rules (unless --no-default-rules).

Each problem is printed on standard error as FILE:LINE: message; check
exits 1 when there is any, and prints one line per good file otherwise.`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageErrorf("rules check needs at least one FILE")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return runRulesCheck(opts, args)
		},
	}
	cmd.Flags().BoolVar(&opts.noDefault, "no-default-rules", false, "do not check ids against the built-in rules")
	return cmd
}

func runRulesCheck(opts *rulesCheckOptions, files []string) error {
	var sets []*boilerplate.RuleSet
	if !opts.noDefault {
		sets = append(sets, boilerplate.Default())
	}
	failed := false
	report := func(err error) {
		failed = true
		for _, e := range flattenErrors(err) {
			fmt.Fprintln(opts.streams.ErrOut, e)
		}
	}
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			report(err)
			continue
		}
		set, err := boilerplate.Parse(name, data)
		if err != nil {
			report(err)
			continue
		}
		problems := set.CheckExamples()
		for _, r := range set.Rules() {
			if len(r.Examples.Drop) == 0 || len(r.Examples.Keep) == 0 {
				problems = append(problems, &boilerplate.FileError{File: r.File, Line: r.Line, Err: fmt.Errorf("rule %s needs examples to drop and to keep", r.ID)})
			}
		}
		if _, err := boilerplate.Merge(append(sets, set)...); err != nil {
			problems = append(problems, flattenErrors(err)...)
		}
		if len(problems) > 0 {
			slices.SortStableFunc(problems, func(a, b error) int { return errorLine(a) - errorLine(b) })
			report(errors.Join(problems...))
			continue
		}
		sets = append(sets, set)
		fmt.Fprintf(opts.streams.Out, "%s: %d rules, examples pass\n", name, set.Len())
	}
	if failed {
		return silentExit(exitError)
	}
	return nil
}

// errorLine returns the line of a *boilerplate.FileError, or 0.
func errorLine(err error) int {
	var fe *boilerplate.FileError
	if errors.As(err, &fe) {
		return fe.Line
	}
	return 0
}

// flattenErrors returns the errors joined in err, one per problem.
func flattenErrors(err error) []error {
	if joined, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range joined.Unwrap() {
			out = append(out, flattenErrors(e)...)
		}
		return out
	}
	return []error{err}
}
