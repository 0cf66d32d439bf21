package main

import (
	"github.com/artext/artext/extract"
	"github.com/spf13/cobra"
)

// addModeFlags defines --precision and --recall on cmd, bound to opts.
func addModeFlags(cmd *cobra.Command, opts *extractOptions) {
	f := cmd.Flags()
	f.BoolVar(&opts.precision, "precision", false, "remove more: prefer missing a line of the article to keeping a line of boilerplate")
	f.BoolVar(&opts.recall, "recall", false, "keep more: prefer keeping a line of boilerplate to missing a line of the article")
	cmd.MarkFlagsMutuallyExclusive("precision", "recall")
}

// mode returns the extraction mode the flags ask for.
func (o *extractOptions) mode() (extract.Mode, error) {
	switch {
	case o.precision && o.recall:
		return 0, usageErrorf("--precision and --recall cannot be used together")
	case o.precision:
		return extract.Precision, nil
	case o.recall:
		return extract.Recall, nil
	}
	return extract.Balanced, nil
}
