package main

import "github.com/spf13/cobra"

// noArgs refuses arguments.
func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usageErrorf("%s takes no arguments, got %q", cmd.CommandPath(), args[0])
	}
	return nil
}

// oneInputArg accepts at most one input.
func oneInputArg(cmd *cobra.Command, args []string) error {
	if len(args) > 1 {
		return usageErrorf("%s takes one INPUT, got %d", cmd.CommandPath(), len(args))
	}
	return nil
}
