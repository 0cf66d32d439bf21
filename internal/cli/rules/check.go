package rules

import (
	"errors"
	"fmt"
	"os"
	"slices"

	"github.com/artext/artext/boilerplate"
	"github.com/artext/artext/internal/cli/cmdutil"
	"github.com/spf13/cobra"
)

// CheckOptions hold the streams, flag values and arguments of artext rules
// check.
type CheckOptions struct {
	Streams   *cmdutil.Streams
	Files     []string // the rule files to check
	NoDefault bool     // --no-default-rules: do not check ids against the built-in rules
}

// NewCmdCheck returns the artext rules check command. It runs runF with its
// options, or [RunCheck] when runF is nil.
func NewCmdCheck(s *cmdutil.Streams, runF func(*CheckOptions) error) *cobra.Command {
	opts := &CheckOptions{Streams: s}
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
				return cmdutil.Usagef("rules check needs at least one FILE")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Files = args
			if runF != nil {
				return runF(opts)
			}
			return RunCheck(opts)
		},
	}
	cmd.Flags().BoolVar(&opts.NoDefault, "no-default-rules", false, "do not check ids against the built-in rules")
	return cmd
}

// RunCheck checks the rule files of opts: each problem on standard error,
// one line per good file on standard output.
func RunCheck(opts *CheckOptions) error {
	var sets []*boilerplate.RuleSet
	if !opts.NoDefault {
		sets = append(sets, boilerplate.Default())
	}
	failed := false
	report := func(err error) {
		failed = true
		for _, e := range flattenErrors(err) {
			fmt.Fprintln(opts.Streams.ErrOut, e)
		}
	}
	for _, name := range opts.Files {
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
		fmt.Fprintf(opts.Streams.Out, "%s: %d rules, examples pass\n", name, set.Len())
	}
	if failed {
		return cmdutil.SilentExit(cmdutil.ExitError)
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
