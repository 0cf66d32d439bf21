package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"

	"github.com/spf13/cobra"
)

const rootLong = `artext extracts the clean article from a web page: title, authors, site,
dates, language and body, as JSON, JSON Lines, Markdown, text or HTML.

INPUT is an HTML file, a text file (a page copied as text, a w3m -dump),
either of them gzip-compressed, a WARC archive (.warc or .warc.gz: its
pages are extracted in turn), an http or https URL, or - for standard
input; with no INPUT, artext reads a page piped to standard input. Whether
an input is HTML, text or WARC is decided from its content, not its name
(see --input-format).

Many inputs: give several, a folder (walked for *.html, *.htm, *.xhtml,
*.txt, *.warc and their .gz; see --glob), or a list with --files-from. They are
extracted -j at once and written in input order: with -f jsonl, one line
per input, a failure as {"source": {"name": ...}, "error": ...}; with
-o DIR, one file per input below DIR, mirroring the inputs' folders. A
failing input is reported and the run goes on (see --fail-fast); a summary
and, on a terminal, a progress bar go to standard error (see --quiet).

Data goes to standard output, diagnostics to standard error, one line each.

Exit codes:
  0  success
  1  error: an input could not be read, decoded or written (any, of many)
  2  usage error: unknown flag, format or command, wrong arguments
  3  the input was read but holds no article (of many: none failed, some
     held no article)`

const rootExample = `  # A page fetched with curl, as Markdown
  curl -s https://example.com/story | artext --url https://example.com/story -f markdown

  # A page fetched by artext
  artext -f markdown https://example.com/story

  # A folder of saved pages, one Markdown file each below out/
  artext -f markdown -o out/ saved-pages/

  # Paths from find, as JSON Lines
  find . -name '*.html' | artext --files-from - -f jsonl > articles.jsonl

  # The pages of a crawl, as JSON Lines
  artext -f jsonl crawl.warc.gz > pages.jsonl

  # A saved page as JSON
  artext page.html > page.json

  # The text of a compressed page
  artext -f text page.html.gz

  # Which boilerplate rule removed which line
  artext --explain -f text copied-page.txt`

// run executes the artext command line args with the given streams and
// returns the process's exit code. It never panics.
func run(args []string, s *streams) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(s.ErrOut, "artext: internal error: %v\n", r)
			code = exitError
		}
	}()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()

	cmd := newRootCmd(s)
	cmd.SetArgs(args)
	err := cmd.ExecuteContext(ctx)
	if err != nil {
		reportError(s.ErrOut, err)
	}
	return exitCode(err)
}

// newRootCmd returns the artext command with its subcommands. Run with
// inputs, it extracts them, as the extract subcommand does.
func newRootCmd(s *streams) *cobra.Command {
	opts := newExtractOptions(s)
	cmd := &cobra.Command{
		Use:           "artext [flags] [INPUT...]",
		Short:         "Extract the clean article from a web page or its text",
		Long:          rootLong,
		Example:       rootExample,
		Args:          cobra.ArbitraryArgs,
		SilenceErrors: true,
		SilenceUsage:  true,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runExtract(cmd.Context(), opts, args)
		},
	}
	addExtractFlags(cmd, opts)
	cmd.SetIn(s.In)
	cmd.SetOut(s.Out)
	cmd.SetErr(s.ErrOut)
	cmd.SetFlagErrorFunc(func(_ *cobra.Command, err error) error {
		return &usageError{fmt.Errorf("%w (see artext --help)", err)}
	})
	cmd.AddCommand(
		newExtractCmd(s),
		newVersionCmd(s),
		newEvalCmd(s),
		newSchemaCmd(s),
		newFixturesCmd(s),
		newRulesCmd(s),
	)
	return cmd
}
