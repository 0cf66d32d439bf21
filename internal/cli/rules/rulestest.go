package rules

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/artext/artext/extract"
	"github.com/artext/artext/internal/cli/cmdutil"
	"github.com/spf13/cobra"
)

// TestOptions hold the streams, flag values and argument of artext rules
// test.
type TestOptions struct {
	Streams     *cmdutil.Streams
	Input       string             // the INPUT argument, "" for none
	Rules       cmdutil.RulesFlags // --rules, --no-default-rules
	URL         string             // --url: the page's address
	InputFormat string             // --input-format
	Encoding    string             // --encoding
	Width       int                // --width: cut each block's text to this many characters
}

// NewCmdTest returns the artext rules test command. It runs runF with its
// options, or [RunTest] when runF is nil.
func NewCmdTest(s *cmdutil.Streams, runF func(*TestOptions) error) *cobra.Command {
	opts := &TestOptions{Streams: s, InputFormat: "auto", Width: 100}
	cmd := &cobra.Command{
		Use:   "test [flags] [INPUT]",
		Short: "Show every block of a page with the rule that decided on it",
		Long: `Read a page (HTML or text, as artext reads it) and print every block the
boilerplate rules judged, in order: its number, what happened to it (keep,
drop, drop-after, drop-before, drop-list or caption), its kind, the rule
that decided, and its text. A block removed by a marker elsewhere names the
marker's number after the rule: "related-heading@12". This is the tool for
writing rules: add --rules with your file and see what it takes.`,
		Example: `  artext rules test page.html
  artext rules test --rules my-rules.yaml --input-format text copied.txt`,
		Args: cmdutil.OneInputArg,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				opts.Input = args[0]
			}
			if runF != nil {
				return runF(opts)
			}
			return RunTest(cmd.Context(), opts)
		},
	}
	opts.Rules.Add(cmd)
	f := cmd.Flags()
	f.StringVar(&opts.URL, "url", "", "the page's `address`")
	f.StringVar(&opts.InputFormat, "input-format", opts.InputFormat, "read the input as `auto`, html or text")
	f.StringVar(&opts.Encoding, "encoding", "", "force the input's character `encoding`")
	f.IntVar(&opts.Width, "width", opts.Width, "cut each block's text to `N` characters (0: whole)")
	return cmd
}

// RunTest prints every block of the input of opts (standard input when it
// has none) with the rule that decided on it.
func RunTest(ctx context.Context, opts *TestOptions) error {
	inputFormat, err := cmdutil.ParseInputFormat(opts.InputFormat)
	if err != nil {
		return err
	}
	name := opts.Input
	if name == "" {
		if opts.Streams.InIsTerminal {
			return cmdutil.Usagef("no input: give a file, or pipe a page to standard input")
		}
		name = "-"
	}
	rules, err := opts.Rules.Load()
	if err != nil {
		return err
	}
	in, err := cmdutil.OpenInput(name, opts.Streams.In)
	if err != nil {
		return err
	}
	defer in.Close()
	blocks, _, err := extract.JudgeBlocks(ctx, in, extract.Options{
		URL:         opts.URL,
		Name:        name,
		InputFormat: inputFormat,
		Encoding:    opts.Encoding,
		Rules:       rules,
		NoMarkdown:  true,
		NoHTML:      true,
	})
	if err != nil && !errors.Is(err, extract.ErrNoContent) {
		return err
	}
	if len(blocks) == 0 {
		return extract.NameError(name, extract.ErrNoContent)
	}
	return writeJudgedBlocks(opts.Streams.Out, blocks, opts.Width)
}

// writeJudgedBlocks prints one line per block: number, decision, kind,
// rule and text.
func writeJudgedBlocks(out io.Writer, blocks []extract.JudgedBlock, width int) error {
	w := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
	for i, b := range blocks {
		action, rule := "keep", "-"
		if d := b.Decision; d.Rule != nil {
			action, rule = string(d.Action), d.Rule.ID
			if d.Marker != i {
				rule = fmt.Sprintf("%s@%d", rule, d.Marker)
			}
		}
		text := strings.Join(strings.Fields(b.Text), " ")
		if r := []rune(text); width > 0 && len(r) > width {
			text = string(r[:width-1]) + "…"
		}
		fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%s\n", i, action, b.Kind, rule, text)
	}
	return w.Flush()
}
