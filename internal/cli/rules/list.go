package rules

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/artext/artext/boilerplate"
	"github.com/artext/artext/internal/cli/cmdutil"
	"github.com/spf13/cobra"
)

// ListOptions hold the streams and flag values of artext rules list.
type ListOptions struct {
	Streams  *cmdutil.Streams
	Rules    cmdutil.RulesFlags // --rules, --no-default-rules
	Category string             // --category: only the rules of this category
	Lang     string             // --lang: only the rules that apply to this language
}

// NewCmdList returns the artext rules list command. It runs runF with its
// options, or [RunList] when runF is nil.
func NewCmdList(s *cmdutil.Streams, runF func(*ListOptions) error) *cobra.Command {
	opts := &ListOptions{Streams: s}
	cmd := &cobra.Command{
		Use:   "list [flags]",
		Short: "List the boilerplate rules",
		Long: `List the boilerplate rules in the order they are tried: id, category,
languages, action, where they apply, their matcher and the file and line
that define them. --category and --lang narrow the list; a rule for any
language is listed for every --lang.`,
		Args: cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(opts)
			}
			return RunList(opts)
		},
	}
	opts.Rules.Add(cmd)
	cmd.Flags().StringVar(&opts.Category, "category", "", "list only the rules of this `category` (share, related, ...)")
	cmd.Flags().StringVar(&opts.Lang, "lang", "", "list only the rules that apply to this `language` (en, de, ...)")
	return cmd
}

// RunList prints the rules that opts choose, as a table.
func RunList(opts *ListOptions) error {
	set, err := opts.Rules.Load()
	if err != nil {
		return err
	}
	if set == nil {
		set = boilerplate.Default()
	}
	w := tabwriter.NewWriter(opts.Streams.Out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "ID\tCATEGORY\tLANG\tACTION\tWHERE\tMATCHER\tDEFINED")
	for _, r := range set.Rules() {
		if opts.Category != "" && !strings.EqualFold(r.Category, opts.Category) {
			continue
		}
		if opts.Lang != "" && !r.Lang.Has(opts.Lang) {
			continue
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\t%s:%d\n", r.ID, r.Category, langList(r.Lang), r.Action, r.Where, matcherKind(r), r.File, r.Line)
	}
	return w.Flush()
}

// langList returns the languages of a rule as "en,de", or "any".
func langList(l boilerplate.Languages) string {
	if l.Any() {
		return "any"
	}
	return strings.Join(l, ",")
}

// matcherKind names a rule's matcher, with its word limit: "regexp ≤12".
func matcherKind(r *boilerplate.Rule) string {
	kind := "regexp"
	switch {
	case r.Phrase != "":
		kind = "phrase"
	case r.Contains != "":
		kind = "contains"
	case r.Prefix != "":
		kind = "prefix"
	}
	if r.MaxWords > 0 {
		kind += fmt.Sprintf(" ≤%d", r.MaxWords)
	}
	return kind
}
