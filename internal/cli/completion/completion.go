// Package completion is the artext completion command, which prints the
// script that completes artext's commands and flags in a shell.
package completion

import (
	"fmt"

	"github.com/artext/artext/internal/cli/cmdutil"
	"github.com/spf13/cobra"
)

// Shells are the shells artext completion writes a script for.
var shells = []string{"bash", "zsh", "fish", "powershell"}

// CompletionOptions hold the streams and flag values of artext completion.
type CompletionOptions struct {
	Streams *cmdutil.Streams
	// Shell is the shell to complete in: bash, zsh, fish or powershell.
	Shell string
	// NoDescriptions leaves out the description of each completion.
	NoDescriptions bool
}

// NewCmdCompletion returns the artext completion command, with one
// subcommand per shell. It runs runF with its options, or [Run] when runF
// is nil.
func NewCmdCompletion(s *cmdutil.Streams, runF func(*CompletionOptions) error) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "completion",
		Short: "Print the script that completes artext's commands and flags in a shell",
		Long: `Print the script that completes artext's commands, flags and their values
in a shell: bash, zsh, fish or powershell. See artext completion SHELL --help
for where to put it.`,
		Args: cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return cmdutil.Usagef("artext completion needs a shell: bash, zsh, fish or powershell")
		},
	}
	for _, shell := range shells {
		opts := &CompletionOptions{Streams: s, Shell: shell}
		sub := &cobra.Command{
			Use:   shell,
			Short: fmt.Sprintf("Print the completion script for %s", shell),
			Long:  fmt.Sprintf("Print the completion script for %s.\n\n%s", shell, install[shell]),
			Args:  cmdutil.NoArgs,
			RunE: func(cmd *cobra.Command, args []string) error {
				if runF != nil {
					return runF(opts)
				}
				return Run(cmd.Root(), opts)
			},
		}
		sub.Flags().BoolVar(&opts.NoDescriptions, "no-descriptions", false, "leave out the description of each completion")
		cmd.AddCommand(sub)
	}
	return cmd
}

// install says where each shell's script goes.
var install = map[string]string{
	"bash": `For this session:
  source <(artext completion bash)
For every session (with the bash-completion package):
  artext completion bash > /etc/bash_completion.d/artext`,
	"zsh": `For every session, with completion enabled (autoload -U compinit; compinit):
  artext completion zsh > "${fpath[1]}/_artext"`,
	"fish": `For every session:
  artext completion fish > ~/.config/fish/completions/artext.fish`,
	"powershell": `For this session:
  artext completion powershell | Out-String | Invoke-Expression`,
}

// Run writes the completion script of root for the shell of opts on its
// standard output.
func Run(root *cobra.Command, opts *CompletionOptions) error {
	out := opts.Streams.Out
	desc := !opts.NoDescriptions
	switch opts.Shell {
	case "bash":
		return root.GenBashCompletionV2(out, desc)
	case "zsh":
		if desc {
			return root.GenZshCompletion(out)
		}
		return root.GenZshCompletionNoDesc(out)
	case "fish":
		return root.GenFishCompletion(out, desc)
	case "powershell":
		if desc {
			return root.GenPowerShellCompletionWithDesc(out)
		}
		return root.GenPowerShellCompletion(out)
	}
	return cmdutil.Usagef("unknown shell %q (want bash, zsh, fish or powershell)", opts.Shell)
}
