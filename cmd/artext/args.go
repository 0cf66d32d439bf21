package main

import "github.com/spf13/cobra"

// inputArgs accepts at most one input.
func inputArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 1 {
		return usageErrorf("too many inputs: %d (give one INPUT)", len(args))
	}
	return nil
}

// noArgs refuses arguments.
func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usageErrorf("%s takes no arguments, got %q", cmd.CommandPath(), args[0])
	}
	return nil
}
