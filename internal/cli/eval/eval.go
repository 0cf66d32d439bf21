// Package eval is the artext eval command, which measures extraction
// quality on annotated pages with package extract/eval.
package eval

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/artext/artext/extract"
	"github.com/artext/artext/extract/eval"
	"github.com/artext/artext/internal/cli/cmdutil"
	"github.com/spf13/cobra"
)

const evalLong = `Extract every page of an annotated set and print precision, recall, F1
and accuracy.

ANNOTATIONS is one of:
  - a JSON list of snippet cases (file, url, with, without and metadata
    fields, as trafilatura's cases.json): a with snippet found in the text is
    a true positive, one missing a false negative; a without snippet found a
    false positive, one absent a true negative. Scores are over all snippets.
  - a JSON object of full-text truth, {"<id>": {"articleBody": "..."}}, for
    pages named <id>.html: each page is scored on word 4-gram shingles;
    precision and recall are averaged over pages, F1 comes from those
    averages, accuracy is the share of pages extracted word for word.
  - a folder of page folders holding source.html and expected.html (the
    Readability.js test suite): the text of expected.html is the truth.
  - a folder in the layout of the WCXB benchmark, html/<id>.html.gz and
    ground-truth/<id>.json: each page is scored on the bag of its
    lower-cased words (runs of Unicode letters, digits and underscores, as
    Python's \w+) against the main content, precision, recall and F1
    averaged over pages, per page type and overall.

PAGES is the folder of the pages; by default the folder "html" beside
ANNOTATIONS, or its own folder. A case whose file is missing there is
looked for as .txt, so the same cases score text copies of the pages.

With --min-f1, eval exits 1 when F1 falls below the bar: a quality gate for CI.

With --metadata, eval scores the metadata instead of the text: for each
field that the annotations give, the share of pages where the extracted
value is right. Title and description must be equal once spaces are
collapsed; the date must be the same YYYY-MM-DD; authors, categories and
tags the same set of lower-cased names; site name and language equal
ignoring case. A Readability.js folder is scored on the title, byline,
excerpt, siteName, language and publishedTime of each page's
expected-metadata.json. --worst N lists the pages with most misses.`

// EvalOptions hold the streams, flag values and arguments of artext eval.
type EvalOptions struct {
	Streams     *cmdutil.Streams
	Annotations string             // the ANNOTATIONS argument
	Pages       string             // the PAGES argument, "" for the default
	Jobs        int                // -j: pages extracted at once; 0 for one per CPU
	JSON        bool               // --json: the report as JSON
	Worst       int                // --worst: list the N pages that cost most
	MinF1       float64            // --min-f1: the bar that F1 must reach
	HasMinF1    bool               // --min-f1 was given
	Metadata    bool               // --metadata: score the metadata instead of the text
	InputFormat string             // --input-format
	Rules       cmdutil.RulesFlags // --rules, --no-default-rules
	Mode        cmdutil.ModeFlags  // --precision, --recall
}

// NewCmdEval returns the artext eval command. It runs runF with its options,
// or [Run] when runF is nil.
func NewCmdEval(s *cmdutil.Streams, runF func(*EvalOptions) error) *cobra.Command {
	opts := &EvalOptions{Streams: s, InputFormat: "auto"}
	cmd := &cobra.Command{
		Use:   "eval [flags] ANNOTATIONS [PAGES]",
		Short: "Measure extraction quality on annotated pages",
		Long:  evalLong,
		Example: `  artext eval ../shared/eval/trafilatura/cases.json
  artext eval --worst 10 ../shared/eval/trafilatura/cases.json ../shared/eval/trafilatura/text
  artext eval --min-f1 0.95 --json testdata/our-pages/truth.json
  artext eval --metadata ../shared/eval/trafilatura/cases.json
  artext eval -j 2 --worst 20 ../shared/eval/wcxb/dev`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) < 1 || len(args) > 2 {
				return cmdutil.Usagef("eval takes ANNOTATIONS and optionally PAGES, got %d arguments", len(args))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.HasMinF1 = cmd.Flags().Changed("min-f1")
			opts.Annotations = args[0]
			if len(args) == 2 {
				opts.Pages = args[1]
			}
			if runF != nil {
				return runF(opts)
			}
			return Run(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.IntVarP(&opts.Jobs, "jobs", "j", 0, "extract `N` pages at once (default: the number of CPUs)")
	f.BoolVar(&opts.JSON, "json", false, "print the report as JSON")
	f.IntVar(&opts.Worst, "worst", 0, "list the `N` pages that cost most")
	f.Float64Var(&opts.MinF1, "min-f1", 0, "exit 1 when F1 is below `X`")
	f.BoolVar(&opts.Metadata, "metadata", false, "score the metadata (title, date, authors, ...) instead of the text")
	f.StringVar(&opts.InputFormat, "input-format", opts.InputFormat, "read pages as `auto`, html or text")
	opts.Rules.Add(cmd)
	opts.Mode.Add(cmd)
	return cmd
}

// Run extracts and scores the pages of the set of opts, and prints the
// report. With --min-f1, an F1 below the bar is an error.
func Run(ctx context.Context, opts *EvalOptions) error {
	inputFormat, err := cmdutil.ParseInputFormat(opts.InputFormat)
	if err != nil {
		return err
	}
	rules, err := opts.Rules.Load()
	if err != nil {
		return err
	}
	mode, err := opts.Mode.Mode()
	if err != nil {
		return err
	}
	set, err := eval.LoadSet(opts.Annotations, opts.Pages)
	if err != nil {
		return err
	}
	report := eval.Run(ctx, set, eval.Config{
		Jobs:    opts.Jobs,
		Options: extract.Options{InputFormat: inputFormat, Rules: rules, Mode: mode},
	})
	if err := ctx.Err(); err != nil {
		return err
	}
	if opts.Metadata {
		return runMetadata(opts, report)
	}
	if opts.JSON {
		err = writeEvalJSON(opts.Streams.Out, report, opts.Worst)
	} else {
		err = writeEvalText(opts.Streams.Out, report, opts.Worst)
	}
	if err != nil {
		return err
	}
	if opts.HasMinF1 && report.F1 < opts.MinF1 {
		return fmt.Errorf("F1 %.4f is below --min-f1 %.4f", report.F1, opts.MinF1)
	}
	return nil
}

func writeEvalText(w io.Writer, r *eval.Report, worst int) error {
	var b strings.Builder
	fmt.Fprintf(&b, "pages      %d (%s annotations, %d without an article or failed)\n", r.Pages, r.Kind, r.Failed)
	fmt.Fprintf(&b, "precision  %.4f\nrecall     %.4f\nf1         %.4f\naccuracy   %.4f\n", r.Precision, r.Recall, r.F1, r.Accuracy)
	if c := r.Counts; c != nil {
		fmt.Fprintf(&b, "snippets   tp %d  fp %d  fn %d  tn %d\n", c.TP, c.FP, c.FN, c.TN)
	}
	writeTypeTable(&b, r.Types)
	if worst > 0 {
		b.WriteString("\nworst pages:\n")
		for _, res := range r.Worst(worst) {
			writeResult(&b, res)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func writeResult(b *strings.Builder, res eval.Result) {
	switch {
	case res.Snippets != nil:
		fmt.Fprintf(b, "  %s  fp %d fn %d", res.Page.ID, res.Snippets.FP, res.Snippets.FN)
	case res.Words != nil:
		fmt.Fprintf(b, "  %s  %-13s precision %.3f recall %.3f f1 %.3f", res.Page.ID, res.Page.Type, res.Words.Precision, res.Words.Recall, res.Words.F1)
	case res.Shingles != nil:
		fmt.Fprintf(b, "  %s  precision %.3f recall %.3f", res.Page.ID, res.Shingles.Precision, res.Shingles.Recall)
	}
	if res.Error != "" {
		fmt.Fprintf(b, "  (%s)", res.Error)
	}
	b.WriteByte('\n')
	if s := res.Snippets; s != nil {
		for _, m := range s.Missed {
			fmt.Fprintf(b, "      missed: %s\n", cmdutil.OneLine(m, 100))
		}
		for _, l := range s.Leaked {
			fmt.Fprintf(b, "      leaked: %s\n", cmdutil.OneLine(l, 100))
		}
	}
}

// writeTypeTable writes the scores per page type of a WCXB set.
func writeTypeTable(b *strings.Builder, types []eval.TypeScore) {
	if len(types) == 0 {
		return
	}
	fmt.Fprintf(b, "\n%-14s %6s %7s %10s %7s %7s\n", "type", "pages", "failed", "precision", "recall", "f1")
	for _, t := range types {
		fmt.Fprintf(b, "%-14s %6d %7d %10.4f %7.4f %7.4f\n", t.Type, t.Pages, t.Failed, t.Precision, t.Recall, t.F1)
	}
}

func writeEvalJSON(w io.Writer, r *eval.Report, worst int) error {
	out := struct {
		*eval.Report
		Worst []eval.Result `json:"worst,omitempty"`
	}{Report: r}
	if worst > 0 {
		out.Worst = r.Worst(worst)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}
