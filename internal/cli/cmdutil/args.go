package cmdutil

import "github.com/spf13/cobra"

// NoArgs refuses arguments, as a usage error.
func NoArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return Usagef("%s takes no arguments, got %q", cmd.CommandPath(), args[0])
	}
	return nil
}

// OneInputArg accepts at most one input.
func OneInputArg(cmd *cobra.Command, args []string) error {
	if len(args) > 1 {
		return Usagef("%s takes one INPUT, got %d", cmd.CommandPath(), len(args))
	}
	return nil
}
