package cmdutil

import (
	"github.com/artext/artext/extract"
	"github.com/spf13/cobra"
)

// ModeFlags are the values of --precision and --recall, which choose the
// extraction mode.
type ModeFlags struct {
	Precision bool // --precision: remove more
	Recall    bool // --recall: keep more
}

// Add defines --precision and --recall on cmd, bound to f.
func (f *ModeFlags) Add(cmd *cobra.Command) {
	fs := cmd.Flags()
	fs.BoolVar(&f.Precision, "precision", false, "remove more: prefer missing a line of the article to keeping a line of boilerplate")
	fs.BoolVar(&f.Recall, "recall", false, "keep more: prefer keeping a line of boilerplate to missing a line of the article")
	cmd.MarkFlagsMutuallyExclusive("precision", "recall")
}

// Mode returns the extraction mode the flags ask for.
func (f ModeFlags) Mode() (extract.Mode, error) {
	switch {
	case f.Precision && f.Recall:
		return 0, Usagef("--precision and --recall cannot be used together")
	case f.Precision:
		return extract.Precision, nil
	case f.Recall:
		return extract.Recall, nil
	}
	return extract.Balanced, nil
}
