// Package schema is the artext schema command, which prints the JSON
// Schema of artext's JSON output.
package schema

import (
	"github.com/artext/artext/extract"
	"github.com/artext/artext/internal/cli/cmdutil"
	"github.com/spf13/cobra"
)

// SchemaOptions hold the streams of artext schema.
type SchemaOptions struct {
	Streams *cmdutil.Streams
}

// NewCmdSchema returns the artext schema command. It runs runF with its
// options, or [Run] when runF is nil.
func NewCmdSchema(s *cmdutil.Streams, runF func(*SchemaOptions) error) *cobra.Command {
	opts := &SchemaOptions{Streams: s}
	return &cobra.Command{
		Use:   "schema",
		Short: "Print the JSON Schema of the JSON and JSON Lines output",
		Long: `Print the JSON Schema (draft 2020-12) that every object of the JSON output, and
every line of the JSON Lines output, validates against: an extracted article,
or, in a batch, the failure of one input.`,
		Example: `  artext schema > artext.schema.json`,
		Args:    cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(opts)
			}
			return Run(opts)
		},
	}
}

// Run prints the schema on standard output.
func Run(opts *SchemaOptions) error {
	_, err := opts.Streams.Out.Write(extract.Schema())
	return err
}
