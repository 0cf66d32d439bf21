package main

import (
	"github.com/artext/artext/extract"
	"github.com/spf13/cobra"
)

func newSchemaCmd(s *streams) *cobra.Command {
	return &cobra.Command{
		Use:   "schema",
		Short: "Print the JSON Schema of the JSON and JSON Lines output",
		Long: `Print the JSON Schema (draft 2020-12) that every object of the JSON output, and
every line of the JSON Lines output, validates against: an extracted article,
or, in a batch, the failure of one input.`,
		Example: `  artext schema > artext.schema.json`,
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			_, err := s.Out.Write(extract.Schema())
			return err
		},
	}
}
