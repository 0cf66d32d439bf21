package eval

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/artext/artext/internal/cli/cmdutil"
)

func TestNewCmdEval(t *testing.T) {
	s := &cmdutil.Streams{}
	for _, tc := range []struct {
		args []string
		want EvalOptions
	}{
		{[]string{"cases.json"}, EvalOptions{Annotations: "cases.json", InputFormat: "auto"}},
		{
			[]string{"-j", "3", "--json", "--worst", "5", "--min-f1", "0", "--metadata", "--input-format", "text", "--recall", "cases.json", "text"},
			EvalOptions{Annotations: "cases.json", Pages: "text", Jobs: 3, JSON: true, Worst: 5, HasMinF1: true, Metadata: true, InputFormat: "text", Mode: cmdutil.ModeFlags{Recall: true}},
		},
	} {
		var got *EvalOptions
		cmd := NewCmdEval(s, func(o *EvalOptions) error { got = o; return nil })
		cmd.SetArgs(tc.args)
		if err := cmd.Execute(); err != nil || got == nil {
			t.Fatalf("%q: error %v", tc.args, err)
		}
		g := *got
		g.Streams = nil
		if g.Annotations != tc.want.Annotations || g.Pages != tc.want.Pages || g.Jobs != tc.want.Jobs || g.JSON != tc.want.JSON ||
			g.Worst != tc.want.Worst || g.HasMinF1 != tc.want.HasMinF1 || g.Metadata != tc.want.Metadata ||
			g.InputFormat != tc.want.InputFormat || g.Mode != tc.want.Mode {
			t.Errorf("%q: options %+v, want %+v", tc.args, g, tc.want)
		}
	}
	cmd := NewCmdEval(s, func(*EvalOptions) error { return nil })
	cmd.SetArgs([]string{"a", "b", "c"})
	cmd.SilenceErrors, cmd.SilenceUsage = true, true
	if err := cmd.Execute(); cmdutil.ExitCode(err) != cmdutil.ExitUsage {
		t.Errorf("three arguments: error %v, want a usage error", err)
	}
}

// TestRunMinF1 runs eval with a bar above and below the F1 of a one-page
// set, and wants no error, then one that exits 1.
func TestRunMinF1(t *testing.T) {
	dir := t.TempDir()
	page := `<!DOCTYPE html><html><body><article>
<p>The first paragraph of the article tells what happened, where it happened and when.</p>
<p>The second paragraph adds what people said about it, and what will happen next week.</p>
<p>The third paragraph ends the article with a short note on the history of the place.</p>
</article></body></html>`
	cases := `[{"file": "a.html", "with": ["what happened", "not on the page"], "without": []}]`
	for name, content := range map[string]string{"html/a.html": page, "cases.json": cases} {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// One with snippet of two is found: F1 = 2/3.
	for _, tt := range []struct {
		bar  float64
		code int
	}{
		{0.6, cmdutil.ExitOK},
		{0.7, cmdutil.ExitError},
	} {
		var out bytes.Buffer
		opts := &EvalOptions{
			Streams:     &cmdutil.Streams{Out: &out},
			Annotations: filepath.Join(dir, "cases.json"),
			InputFormat: "auto",
			MinF1:       tt.bar,
			HasMinF1:    true,
		}
		err := Run(context.Background(), opts)
		if code := cmdutil.ExitCode(err); code != tt.code {
			t.Errorf("--min-f1 %v: exit code %d, want %d (%v)", tt.bar, code, tt.code, err)
		}
		if !strings.Contains(out.String(), "f1         0.6667") {
			t.Errorf("--min-f1 %v: report lacks the F1:\n%s", tt.bar, out.String())
		}
	}
}
