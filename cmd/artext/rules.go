package main

import (
	"github.com/artext/artext/boilerplate"
	"github.com/spf13/cobra"
)

const rulesLong = `Work with the boilerplate rules: list them, check a rule file, and see
which rule decides on each block of a page.

A rule file is YAML: an optional category and lang that its rules inherit,
then a list of rules, each with an id, a category, a lang (ISO 639-1 codes,
or any), one matcher (phrase, contains, prefix or regexp), the guards
max_words, where (anywhere, head, tail, first or last) and kinds, an action
(drop, drop-after, drop-before, drop-list or caption) and examples to drop
and to keep. See the README's section "Boilerplate rules".`

// rulesFlags are the flags that choose the rules a rules subcommand uses.
type rulesFlags struct {
	files     []string // --rules: extra rule files
	noDefault bool     // --no-default-rules
}

// add defines --rules and --no-default-rules on cmd.
func (f *rulesFlags) add(cmd *cobra.Command) {
	cmd.Flags().StringArrayVar(&f.files, "rules", nil, "add the boilerplate rules of this YAML `file` (repeatable)")
	cmd.Flags().BoolVar(&f.noDefault, "no-default-rules", false, "leave out the built-in boilerplate rules")
	cmd.MarkFlagFilename("rules", "yaml", "yml")
}

// load returns the rule set the flags choose: see loadRules.
func (f *rulesFlags) load() (*boilerplate.RuleSet, error) {
	return loadRules(f.files, f.noDefault)
}

func newRulesCmd(s *streams) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "rules",
		Short: "List, check and try the boilerplate rules",
		Long:  rulesLong,
		Example: `  artext rules list --category share --lang de
  artext rules check my-rules.yaml
  artext rules test --rules my-rules.yaml page.html`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return usageErrorf("rules needs a subcommand: list, check or test (see artext rules --help)")
		},
	}
	cmd.AddCommand(newRulesListCmd(s), newRulesCheckCmd(s), newRulesTestCmd(s))
	return cmd
}
