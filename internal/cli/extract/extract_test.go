package extract

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/artext/artext/internal/cli/cmdutil"
	"github.com/artext/artext/internal/cli/worker"
)

const page = `<!DOCTYPE html><html><head><title>Extract</title></head><body><article>
<p>The extract command reads a page, extracts its article and writes it where it is asked to.</p>
<p>A second paragraph gives readability enough prose to believe that this page holds an article.</p>
<p>A third paragraph closes the article, as articles tend to end with a paragraph of their own.</p>
</article></body></html>`

// TestNewCmdExtractFlags checks the first half: flags to options.
func TestNewCmdExtractFlags(t *testing.T) {
	s := &cmdutil.Streams{}
	parse := func(args ...string) *ExtractOptions {
		t.Helper()
		var got *ExtractOptions
		cmd := NewCmdExtract(s, "artext/v1.4.0", func(o *ExtractOptions) error { got = o; return nil })
		cmd.SetArgs(args)
		if err := cmd.Execute(); err != nil || got == nil {
			t.Fatalf("%q: error %v", args, err)
		}
		return got
	}

	got := parse()
	want := worker.Settings{
		Format:      "json",
		InputFormat: "auto",
		MaxBytes:    50 << 20,
		DocTimeout:  30 * time.Second,
		Timeout:     got.Settings.Timeout, // the library's default
		UserAgent:   "artext/v1.4.0",
	}
	if got.Streams != s || len(got.Inputs) != 0 || !settingsEqual(got.Settings, want) || got.Timeout <= 0 {
		t.Errorf("defaults: %+v", *got)
	}

	got = parse("-f", "md", "-o", "out/", "--url", "https://example.com/", "--input-format", "text",
		"--encoding", "shift_jis", "--max-bytes", "10MB", "--no-front-matter", "--rules", "a.yaml", "--rules", "b.yaml",
		"--no-default-rules", "--explain", "-j", "3", "--glob", "*.htm", "--files-from", "list.txt", "--fail-fast",
		"--skip-existing", "-q", "--timeout", "5s", "--doc-timeout", "0", "--user-agent", "me/1", "--retries", "2",
		"--precision", "a.html", "b.html")
	want = worker.Settings{
		Format: "md", URL: "https://example.com/", InputFormat: "text", Encoding: "shift_jis", MaxBytes: 10_000_000,
		NoFrontMatter: true, Rules: cmdutil.RulesFlags{Files: []string{"a.yaml", "b.yaml"}, NoDefault: true},
		Explain: true, Mode: cmdutil.ModeFlags{Precision: true}, Jobs: 3, DocTimeout: 0, SkipExisting: true,
		Timeout: 5 * time.Second, UserAgent: "me/1", Retries: 2,
	}
	if !settingsEqual(got.Settings, want) {
		t.Errorf("settings\n%+v\nwant\n%+v", got.Settings, want)
	}
	if !slices.Equal(got.Inputs, []string{"a.html", "b.html"}) || got.Output != "out/" || !slices.Equal(got.Globs, []string{"*.htm"}) ||
		got.FilesFrom != "list.txt" || !got.FailFast || !got.Quiet {
		t.Errorf("options %+v", *got)
	}

	cmd := NewCmdExtract(s, "artext/v1.4.0", func(*ExtractOptions) error { return nil })
	cmd.SetArgs([]string{"--precision", "--recall"})
	cmd.SilenceErrors, cmd.SilenceUsage = true, true
	if err := cmd.Execute(); err == nil {
		t.Error("--precision --recall: no error")
	}
}

// settingsEqual reports whether a and b are equal, an empty list of rule
// files being none.
func settingsEqual(a, b worker.Settings) bool {
	if len(a.Rules.Files) == 0 && len(b.Rules.Files) == 0 {
		a.Rules.Files, b.Rules.Files = nil, nil
	}
	return reflect.DeepEqual(a, b)
}

// run runs opts, with standard streams of buffers and stdin as standard
// input, and returns the exit code, standard output and standard error.
func run(t *testing.T, opts *ExtractOptions, stdin string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	opts.Streams = &cmdutil.Streams{In: strings.NewReader(stdin), Out: &out, ErrOut: &errOut}
	err := Run(context.Background(), opts)
	if err != nil {
		cmdutil.ReportError(&errOut, err)
	}
	return cmdutil.ExitCode(err), out.String(), errOut.String()
}

// TestRun checks the second half: options to output.
func TestRun(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.html")
	if err := os.WriteFile(good, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.html")
	options := func(change func(*ExtractOptions)) *ExtractOptions {
		o := NewOptions(nil, "test/1")
		change(o)
		return o
	}
	for _, tc := range []struct {
		name       string
		opts       *ExtractOptions
		stdin      string
		code       int
		stdout     string // a prefix
		stderr     string
		outputFile string // a file that must exist after the run
	}{
		{
			name:   "one file as text",
			opts:   options(func(o *ExtractOptions) { o.Format, o.Inputs = "text", []string{good} }),
			stdout: "The extract command reads a page",
		},
		{
			name:   "standard input as Markdown",
			opts:   options(func(o *ExtractOptions) { o.Format = "markdown" }),
			stdin:  page,
			stdout: "---\ntitle: Extract\n",
		},
		{
			name:   "standard input as Markdown without front matter",
			opts:   options(func(o *ExtractOptions) { o.Format, o.NoFrontMatter = "markdown", true }),
			stdin:  page,
			stdout: "The extract command reads a page",
		},
		{
			name:   "one missing file in JSON Lines",
			opts:   options(func(o *ExtractOptions) { o.Format, o.Inputs = "jsonl", []string{missing} }),
			code:   cmdutil.ExitError,
			stdout: `{"schema_version":1,"source":{"name":"` + missing + `"},"error":"no such file or directory"}` + "\n",
			stderr: "artext: " + missing + ": no such file or directory\n",
		},
		{
			name: "-o FILE",
			opts: options(func(o *ExtractOptions) {
				o.Format, o.Output, o.Inputs = "text", filepath.Join(dir, "good.txt"), []string{good}
			}),
			outputFile: filepath.Join(dir, "good.txt"),
		},
		{
			name:   "several inputs in one JSON object",
			opts:   options(func(o *ExtractOptions) { o.Inputs = []string{good, good} }),
			code:   cmdutil.ExitUsage,
			stderr: "artext: several inputs: -f json prints one object; use -f jsonl for one line per input, or -o DIR for one file per input\n",
		},
		{
			name:   "--skip-existing without -o DIR",
			opts:   options(func(o *ExtractOptions) { o.SkipExisting, o.Inputs = true, []string{good} }),
			code:   cmdutil.ExitUsage,
			stderr: "artext: --skip-existing needs -o DIR\n",
		},
		{
			name:   "a bad --glob",
			opts:   options(func(o *ExtractOptions) { o.Globs, o.Inputs = []string{"["}, []string{dir} }),
			code:   cmdutil.ExitUsage,
			stderr: "artext: --glob \"[\": syntax error in pattern\n",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := run(t, tc.opts, tc.stdin)
			if code != tc.code || !strings.HasPrefix(stdout, tc.stdout) || stderr != tc.stderr {
				t.Errorf("exit %d, stdout %.120q, stderr %q\nwant exit %d, stdout %.120q..., stderr %q", code, stdout, stderr, tc.code, tc.stdout, tc.stderr)
			}
			if tc.outputFile != "" {
				if _, err := os.Stat(tc.outputFile); err != nil {
					t.Error(err)
				}
			}
		})
	}
}

// TestRunNoInputOnATerminal refuses to wait for a page typed on a terminal.
func TestRunNoInputOnATerminal(t *testing.T) {
	var errOut bytes.Buffer
	opts := NewOptions(&cmdutil.Streams{In: strings.NewReader(""), Out: &bytes.Buffer{}, ErrOut: &errOut, InIsTerminal: true}, "test/1")
	err := Run(context.Background(), opts)
	if cmdutil.ExitCode(err) != cmdutil.ExitUsage || !strings.HasPrefix(err.Error(), "no input: ") {
		t.Errorf("error %v, want a usage error", err)
	}
}
