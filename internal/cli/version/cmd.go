package version

import (
	"io"

	"github.com/artext/artext/internal/cli/cmdutil"
	"github.com/spf13/cobra"
)

// VersionOptions hold the streams of artext version and the build it
// describes.
type VersionOptions struct {
	Streams *cmdutil.Streams
	Build   Build
}

// NewCmdVersion returns the artext version command, which describes build.
// It runs runF with its options, or [Run] when runF is nil.
func NewCmdVersion(s *cmdutil.Streams, build Build, runF func(*VersionOptions) error) *cobra.Command {
	opts := &VersionOptions{Streams: s, Build: build}
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version of artext, with the revision and date of its code",
		Long: `Print the version of artext: the module version, the git revision it was
built from and that revision's date, and the Go release that built it; the
same as artext --version. Name them in a bug report.

The go command stamps them in the binary: go install ...@VERSION stamps the
version; go build in a git clone (Go 1.24 or later) stamps the revision, its
date and a pseudo-version made of them, "+dirty" when the work tree has
changes. It stamps nothing with -buildvcs=false (in GOFLAGS, too) or in a
git worktree, whose .git is a file: artext then says "(devel)" and that the
revision is unknown.`,
		Args: cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(opts)
			}
			return Run(opts)
		},
	}
}

// Run prints the build of opts on its standard output.
func Run(opts *VersionOptions) error {
	_, err := io.WriteString(opts.Streams.Out, opts.Build.String())
	return err
}
