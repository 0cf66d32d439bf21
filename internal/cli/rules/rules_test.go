package rules

import (
	"bytes"
	"context"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/artext/artext/internal/cli/cmdutil"
)

const newsroom = "../../../testdata/rules/newsroom.yaml"

func TestNewCmdFlags(t *testing.T) {
	s := &cmdutil.Streams{}

	var list *ListOptions
	cmd := NewCmdList(s, func(o *ListOptions) error { list = o; return nil })
	cmd.SetArgs([]string{"--category", "share", "--lang", "de", "--rules", "a.yaml", "--no-default-rules"})
	if err := cmd.Execute(); err != nil || list == nil {
		t.Fatalf("list: %v", err)
	}
	if list.Category != "share" || list.Lang != "de" || !slices.Equal(list.Rules.Files, []string{"a.yaml"}) || !list.Rules.NoDefault || list.Streams != s {
		t.Errorf("list options %+v", *list)
	}

	var check *CheckOptions
	cmd = NewCmdCheck(s, func(o *CheckOptions) error { check = o; return nil })
	cmd.SetArgs([]string{"--no-default-rules", "a.yaml", "b.yaml"})
	if err := cmd.Execute(); err != nil || check == nil {
		t.Fatalf("check: %v", err)
	}
	if !check.NoDefault || !slices.Equal(check.Files, []string{"a.yaml", "b.yaml"}) {
		t.Errorf("check options %+v", *check)
	}

	var test *TestOptions
	cmd = NewCmdTest(s, func(o *TestOptions) error { test = o; return nil })
	cmd.SetArgs([]string{"--url", "https://example.com/", "--input-format", "text", "--encoding", "latin1", "--width", "0", "page.txt"})
	if err := cmd.Execute(); err != nil || test == nil {
		t.Fatalf("test: %v", err)
	}
	if test.Input != "page.txt" || test.URL != "https://example.com/" || test.InputFormat != "text" || test.Encoding != "latin1" || test.Width != 0 {
		t.Errorf("test options %+v", *test)
	}
	test = nil
	cmd = NewCmdTest(s, func(o *TestOptions) error { test = o; return nil })
	cmd.SetArgs(nil)
	if err := cmd.Execute(); err != nil || test.Input != "" || test.InputFormat != "auto" || test.Width != 100 {
		t.Errorf("test defaults %+v, %v", test, err)
	}
}

func TestRunList(t *testing.T) {
	var out bytes.Buffer
	opts := &ListOptions{Streams: &cmdutil.Streams{Out: &out}, Rules: cmdutil.RulesFlags{Files: []string{newsroom}, NoDefault: true}}
	if err := RunList(opts); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 5 || !regexp.MustCompile(`^ID +CATEGORY +LANG +ACTION +WHERE +MATCHER +DEFINED$`).MatchString(lines[0]) {
		t.Errorf("table:\n%s", out.String())
	}
	out.Reset()
	opts.Category = "credit"
	if err := RunList(opts); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(out.String(), "\n"); n != 2 || !strings.Contains(out.String(), "newsroom-illustration-credit") {
		t.Errorf("--category credit:\n%s", out.String())
	}
}

func TestRunCheck(t *testing.T) {
	var out, errOut bytes.Buffer
	s := &cmdutil.Streams{Out: &out, ErrOut: &errOut}
	if err := RunCheck(&CheckOptions{Streams: s, Files: []string{newsroom}}); err != nil {
		t.Fatalf("%v\n%s", err, errOut.String())
	}
	if !strings.HasSuffix(out.String(), "newsroom.yaml: 4 rules, examples pass\n") {
		t.Errorf("stdout %q", out.String())
	}
	err := RunCheck(&CheckOptions{Streams: s, Files: []string{"missing.yaml"}})
	if cmdutil.ExitCode(err) != cmdutil.ExitError || !strings.Contains(errOut.String(), "missing.yaml") {
		t.Errorf("a missing file: error %v, stderr %q", err, errOut.String())
	}
}

func TestRunTest(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Rules</title></head><body><article>
<p>The first paragraph of the story says what the rules test command is for, at some length.</p>
<p>Share this article</p>
<p>A last paragraph of the story gives readability enough prose to take it for an article.</p>
</article></body></html>`
	var out bytes.Buffer
	opts := &TestOptions{Streams: &cmdutil.Streams{In: strings.NewReader(page), Out: &out}, InputFormat: "auto", Width: 100}
	if err := RunTest(context.Background(), opts); err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`(?m)^\d+ +drop +paragraph +share-this +Share this article$`).MatchString(out.String()) {
		t.Errorf("no line for the share block:\n%s", out.String())
	}

	opts = &TestOptions{Streams: &cmdutil.Streams{In: strings.NewReader(""), InIsTerminal: true}, InputFormat: "auto"}
	if err := RunTest(context.Background(), opts); cmdutil.ExitCode(err) != cmdutil.ExitUsage {
		t.Errorf("no input on a terminal: error %v, want a usage error", err)
	}
	opts = &TestOptions{Streams: &cmdutil.Streams{In: strings.NewReader("<html><body></body></html>")}, InputFormat: "auto"}
	if err := RunTest(context.Background(), opts); cmdutil.ExitCode(err) != cmdutil.ExitNoArticle || err.Error() != "-: no article content found" {
		t.Errorf("an empty page: error %v, want -: no article content found", err)
	}
}
