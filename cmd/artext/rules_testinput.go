package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/artext/artext/extract"
	"github.com/spf13/cobra"
)

// rulesTestOptions hold the flags of rules test.
type rulesTestOptions struct {
	streams     *streams
	rules       rulesFlags
	url         string
	inputFormat string
	encoding    string
	width       int
}

func newRulesTestCmd(s *streams) *cobra.Command {
	opts := &rulesTestOptions{streams: s, inputFormat: "auto", width: 100}
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
		Args: oneInputArg,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runRulesTest(cmd, opts, args)
		},
	}
	opts.rules.add(cmd)
	f := cmd.Flags()
	f.StringVar(&opts.url, "url", "", "the page's `address`")
	f.StringVar(&opts.inputFormat, "input-format", opts.inputFormat, "read the input as `auto`, html or text")
	f.StringVar(&opts.encoding, "encoding", "", "force the input's character `encoding`")
	f.IntVar(&opts.width, "width", opts.width, "cut each block's text to `N` characters (0: whole)")
	return cmd
}

func runRulesTest(cmd *cobra.Command, opts *rulesTestOptions, args []string) error {
	inputFormat, err := parseInputFormat(opts.inputFormat)
	if err != nil {
		return err
	}
	name := "-"
	if len(args) == 1 {
		name = args[0]
	}
	if len(args) == 0 && opts.streams.InIsTerminal {
		return usageErrorf("no input: give a file, or pipe a page to standard input")
	}
	rules, err := opts.rules.load()
	if err != nil {
		return err
	}
	in, err := openInput(name, opts.streams.In)
	if err != nil {
		return err
	}
	defer in.Close()
	blocks, _, err := extract.JudgeBlocks(cmd.Context(), in, extract.Options{
		URL:         opts.url,
		Name:        name,
		InputFormat: inputFormat,
		Encoding:    opts.encoding,
		Rules:       rules,
		NoMarkdown:  true,
		NoHTML:      true,
	})
	if err != nil && !errors.Is(err, extract.ErrNoContent) {
		return err
	}
	if len(blocks) == 0 {
		return fmt.Errorf("%s: %w", name, extract.ErrNoContent)
	}
	return writeJudgedBlocks(opts.streams.Out, blocks, opts.width)
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
