package completion

import (
	"bytes"
	"strings"
	"testing"

	"github.com/artext/artext/internal/cli/cmdutil"
	"github.com/spf13/cobra"
)

func TestNewCmdCompletion(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want CompletionOptions
	}{
		{[]string{"bash"}, CompletionOptions{Shell: "bash"}},
		{[]string{"fish", "--no-descriptions"}, CompletionOptions{Shell: "fish", NoDescriptions: true}},
	} {
		var got *CompletionOptions
		cmd := NewCmdCompletion(&cmdutil.Streams{}, func(o *CompletionOptions) error { got = o; return nil })
		cmd.SetArgs(tc.args)
		if err := cmd.Execute(); err != nil || got == nil {
			t.Fatalf("%q: error %v", tc.args, err)
		}
		if got.Shell != tc.want.Shell || got.NoDescriptions != tc.want.NoDescriptions {
			t.Errorf("%q: options %+v, want %+v", tc.args, *got, tc.want)
		}
	}
}

func TestRun(t *testing.T) {
	root := &cobra.Command{Use: "artext"}
	root.AddCommand(&cobra.Command{Use: "schema", Short: "Print the schema", Run: func(*cobra.Command, []string) {}})
	for shell, want := range map[string]string{
		"bash":       "bash completion V2 for artext",
		"zsh":        "#compdef artext",
		"fish":       "complete -c artext",
		"powershell": "Register-ArgumentCompleter",
	} {
		for _, noDesc := range []bool{false, true} {
			var out bytes.Buffer
			err := Run(root, &CompletionOptions{Streams: &cmdutil.Streams{Out: &out}, Shell: shell, NoDescriptions: noDesc})
			if err != nil || !strings.Contains(out.String(), want) {
				t.Errorf("%s (no descriptions: %v): error %v, script lacks %q", shell, noDesc, err, want)
			}
		}
	}
	if err := Run(root, &CompletionOptions{Streams: &cmdutil.Streams{}, Shell: "tcsh"}); cmdutil.ExitCode(err) != cmdutil.ExitUsage {
		t.Errorf("tcsh: error %v, want a usage error", err)
	}
}
