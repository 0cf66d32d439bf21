package cli

import (
	"fmt"
	"strconv"

	"github.com/artext/artext/internal/cli/cmdutil"
	"github.com/artext/artext/internal/cli/completion"
	"github.com/artext/artext/internal/cli/eval"
	"github.com/artext/artext/internal/cli/extract"
	"github.com/artext/artext/internal/cli/fixtures"
	"github.com/artext/artext/internal/cli/rules"
	"github.com/artext/artext/internal/cli/schema"
	"github.com/artext/artext/internal/cli/version"
	"github.com/spf13/cobra"
)

// NewCmdRoot returns the artext command, with its subcommands, for the
// binary whose build is build. Run with inputs, it extracts them, as the
// extract subcommand does; --version prints what artext version prints.
func NewCmdRoot(s *cmdutil.Streams, build version.Build) *cobra.Command {
	opts := extract.NewOptions(s, build.UserAgent())
	cmd := &cobra.Command{
		Use:           "artext [flags] [INPUT...]",
		Short:         "Extract the clean article from a web page or its text",
		Long:          extract.Long,
		Example:       extract.Example,
		Version:       build.Version,
		Args:          cobra.ArbitraryArgs,
		SilenceErrors: true,
		SilenceUsage:  true,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Inputs = args
			return extract.Run(cmd.Context(), opts)
		},
	}
	extract.AddFlags(cmd, opts)
	cmd.Flags().Bool("version", false, "print the version, revision and date of this build, as artext version does")
	cmd.SetVersionTemplate("{{" + strconv.Quote(build.String()) + "}}") // a template of one string constant
	cmd.SetIn(s.In)
	cmd.SetOut(s.Out)
	cmd.SetErr(s.ErrOut)
	cmd.SetFlagErrorFunc(func(_ *cobra.Command, err error) error {
		return &cmdutil.UsageError{Err: fmt.Errorf("%w (see artext --help)", err)}
	})
	cmd.CompletionOptions.DisableDefaultCmd = true // completion is a command of its own
	cmd.AddCommand(
		extract.NewCmdExtract(s, build.UserAgent(), nil),
		version.NewCmdVersion(s, build, nil),
		eval.NewCmdEval(s, nil),
		schema.NewCmdSchema(s, nil),
		fixtures.NewCmdFixtures(s),
		rules.NewCmdRules(s),
		completion.NewCmdCompletion(s, nil),
	)
	return cmd
}
