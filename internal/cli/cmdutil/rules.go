package cmdutil

import (
	"fmt"

	"github.com/artext/artext/boilerplate"
	"github.com/spf13/cobra"
)

// RulesFlags are the values of --rules and --no-default-rules, which choose
// the boilerplate rules.
type RulesFlags struct {
	Files     []string // --rules: extra rule files, in order
	NoDefault bool     // --no-default-rules
}

// Add defines --rules and --no-default-rules on cmd, bound to f.
func (f *RulesFlags) Add(cmd *cobra.Command) {
	cmd.Flags().StringArrayVar(&f.Files, "rules", nil, "add the boilerplate rules of this YAML `file` (repeatable)")
	cmd.Flags().BoolVar(&f.NoDefault, "no-default-rules", false, "leave out the built-in boilerplate rules")
	cmd.MarkFlagFilename("rules", "yaml", "yml")
}

// Load builds the rule set the flags choose: the default rules unless
// NoDefault, then the rules of each file in order. It returns nil, the
// library's default, when the flags change nothing.
func (f RulesFlags) Load() (*boilerplate.RuleSet, error) {
	if len(f.Files) == 0 && !f.NoDefault {
		return nil, nil
	}
	var sets []*boilerplate.RuleSet
	if !f.NoDefault {
		sets = append(sets, boilerplate.Default())
	}
	for _, file := range f.Files {
		s, err := boilerplate.LoadFile(file)
		if err != nil {
			return nil, fmt.Errorf("rules: %w", err)
		}
		sets = append(sets, s)
	}
	return boilerplate.Merge(sets...)
}
