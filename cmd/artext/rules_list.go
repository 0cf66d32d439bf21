package main

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/artext/artext/boilerplate"
	"github.com/spf13/cobra"
)

// rulesListOptions hold the flags of rules list.
type rulesListOptions struct {
	streams  *streams
	rules    rulesFlags
	category string
	lang     string
}

func newRulesListCmd(s *streams) *cobra.Command {
	opts := &rulesListOptions{streams: s}
	cmd := &cobra.Command{
		Use:   "list [flags]",
		Short: "List the boilerplate rules",
		Long: `List the boilerplate rules in the order they are tried: id, category,
languages, action, where they apply, their matcher and the file and line
that define them. --category and --lang narrow the list; a rule for any
language is listed for every --lang.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runRulesList(opts)
		},
	}
	opts.rules.add(cmd)
	cmd.Flags().StringVar(&opts.category, "category", "", "list only the rules of this `category` (share, related, ...)")
	cmd.Flags().StringVar(&opts.lang, "lang", "", "list only the rules that apply to this `language` (en, de, ...)")
	return cmd
}

func runRulesList(opts *rulesListOptions) error {
	set, err := opts.rules.load()
	if err != nil {
		return err
	}
	if set == nil {
		set = boilerplate.Default()
	}
	w := tabwriter.NewWriter(opts.streams.Out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "ID\tCATEGORY\tLANG\tACTION\tWHERE\tMATCHER\tDEFINED")
	for _, r := range set.Rules() {
		if opts.category != "" && !strings.EqualFold(r.Category, opts.category) {
			continue
		}
		if opts.lang != "" && !r.Lang.Has(opts.lang) {
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
