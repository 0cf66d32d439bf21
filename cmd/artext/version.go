package main

import (
	"fmt"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"
)

// version returns the module version of the running binary ("v1.2.0",
// or "(devel)" for a build from a work tree), with the VCS revision
// when the build recorded one.
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "(unknown)"
	}
	v := info.Main.Version
	if v == "" {
		v = "(devel)"
	}
	var rev, modified string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				modified = "+dirty"
			}
		}
	}
	if v == "(devel)" && rev != "" {
		v += " " + rev[:min(len(rev), 12)] + modified
	}
	return v
}

func newVersionCmd(s *streams) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version of artext",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			_, err := fmt.Fprintf(s.Out, "artext %s\n", version())
			return err
		},
	}
}

// versionToken returns the version as a User-Agent product version: the
// module version ("v1.2.0"), or "devel" for a build from a work tree.
func versionToken() string {
	v, _, _ := strings.Cut(version(), " ")
	if !strings.HasPrefix(v, "v") {
		return "devel"
	}
	return v
}
