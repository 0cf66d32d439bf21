// Package rules is the artext rules command and its subcommands list,
// check and test, which show, check and try the boilerplate rules.
package rules

import (
	"github.com/artext/artext/internal/cli/cmdutil"
	"github.com/spf13/cobra"
)

const rulesLong = `Work with the boilerplate rules: list them, check a rule file, and see
which rule decides on each block of a page.

A rule file is YAML: an optional category and lang that its rules inherit,
then a list of rules, each with an id, a category, a lang (ISO 639-1 codes,
or any), one matcher (phrase, contains, prefix or regexp), the guards
max_words, where (anywhere, head, tail, first or last) and kinds, an action
(drop, drop-after, drop-before, drop-list or caption) and examples to drop
and to keep. See docs/rules.md.`

// NewCmdRules returns the artext rules command, with its subcommands.
func NewCmdRules(s *cmdutil.Streams) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "rules",
		Short: "List, check and try the boilerplate rules",
		Long:  rulesLong,
		Example: `  artext rules list --category share --lang de
  artext rules check my-rules.yaml
  artext rules test --rules my-rules.yaml page.html`,
		Args: cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return cmdutil.Usagef("rules needs a subcommand: list, check or test (see artext rules --help)")
		},
	}
	cmd.AddCommand(NewCmdList(s, nil), NewCmdCheck(s, nil), NewCmdTest(s, nil))
	return cmd
}
