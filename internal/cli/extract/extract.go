// Package extract is the artext extract command, which the artext command
// runs when it is given inputs rather than a command: it extracts the
// article of each input and writes it to standard output, a file, or one
// file each below a folder.
package extract

import (
	"github.com/artext/artext/internal/cli/cmdutil"
	"github.com/artext/artext/internal/cli/worker"
	"github.com/spf13/cobra"
)

// Long is the help of the artext command and of artext extract.
const Long = `artext extracts the clean article from a web page: title, authors, site,
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

// Example is the examples of the artext command and of artext extract.
const Example = `  # A page fetched with curl, as Markdown
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

// ExtractOptions hold the streams and the flag values of artext extract.
type ExtractOptions struct {
	Streams *cmdutil.Streams
	// Settings are the flags that decide how each input is extracted and
	// rendered, which fixtures share.
	worker.Settings

	Inputs    []string // the INPUT arguments
	Output    string   // -o: the output file, or folder
	Globs     []string // --glob: names taken from folders
	FilesFrom string   // --files-from: a list of inputs, or - for standard input
	FailFast  bool     // --fail-fast: stop at the first failed input
	Quiet     bool     // --quiet: no progress bar, no summary
}

// NewOptions returns the options of artext extract with the flags'
// defaults, userAgent being the default of --user-agent.
func NewOptions(s *cmdutil.Streams, userAgent string) *ExtractOptions {
	return &ExtractOptions{Streams: s, Settings: worker.DefaultSettings(userAgent)}
}

// NewCmdExtract returns the artext extract command. It runs runF with its
// options, or [Run] when runF is nil.
func NewCmdExtract(s *cmdutil.Streams, userAgent string, runF func(*ExtractOptions) error) *cobra.Command {
	opts := NewOptions(s, userAgent)
	cmd := &cobra.Command{
		Use:     "extract [flags] [INPUT...]",
		Short:   "Extract the article of a page (the default command)",
		Long:    Long,
		Example: Example,
		Args:    cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Inputs = args
			if runF != nil {
				return runF(opts)
			}
			return Run(cmd.Context(), opts)
		},
	}
	AddFlags(cmd, opts)
	return cmd
}

// AddFlags defines the flags of artext extract on cmd, bound to opts. The
// artext command has them too.
func AddFlags(cmd *cobra.Command, opts *ExtractOptions) {
	f := cmd.Flags()
	f.StringVarP(&opts.Format, "format", "f", opts.Format, "output `format`: json, jsonl, markdown (md), text or html")
	f.StringVarP(&opts.Output, "output", "o", "", "write the result to `FILE` (atomically), or with several inputs one file each below this folder")
	f.StringVar(&opts.URL, "url", "", "the page's `address`: resolves relative links, reported as url")
	f.StringVar(&opts.InputFormat, "input-format", opts.InputFormat, "read inputs as `auto` (decided from the content), html or text")
	f.StringVar(&opts.Encoding, "encoding", "", "force the input's character `encoding` (e.g. windows-1252, shift_jis)")
	f.Var(&opts.MaxBytes, "max-bytes", "refuse inputs larger than this `size`, after decompression (e.g. 500KiB, 10MB)")
	f.BoolVar(&opts.NoFrontMatter, "no-front-matter", false, "leave the YAML front matter out of Markdown output")
	opts.Rules.Add(cmd)
	f.BoolVar(&opts.Explain, "explain", false, "report which rule removed which block (JSON: removed; other formats: on stderr)")

	f.IntVarP(&opts.Jobs, "jobs", "j", 0, "extract `N` inputs at once (default: the number of CPUs)")
	f.StringArrayVar(&opts.Globs, "glob", nil, "in folders, take the files whose name matches this `pattern` (repeatable; default: *.html, *.htm, *.xhtml, *.txt, *.warc and their .gz)")
	f.StringVar(&opts.FilesFrom, "files-from", "", "read inputs from `FILE`, one path or URL a line (- for standard input)")
	f.BoolVar(&opts.FailFast, "fail-fast", false, "stop at the first input that fails")
	f.BoolVar(&opts.SkipExisting, "skip-existing", false, "with -o DIR, leave out the inputs whose output file exists (resumes a run)")
	f.BoolVarP(&opts.Quiet, "quiet", "q", false, "show no progress bar and no summary")
	f.DurationVar(&opts.Timeout, "timeout", opts.Timeout, "give up on a URL after this `duration`, for the whole request (0: no limit)")
	f.DurationVar(&opts.DocTimeout, "doc-timeout", opts.DocTimeout, "fail an input whose extraction takes longer than this `duration`, and go on (0: no limit; a URL's download has --timeout)")
	f.StringVar(&opts.UserAgent, "user-agent", opts.UserAgent, "the User-Agent `header` sent with URL requests")
	f.IntVar(&opts.Retries, "retries", 0, "retry a URL `N` times, with backoff, when the server answers 429 or 5xx")
	opts.Mode.Add(cmd)

	cmd.MarkFlagFilename("output")
	cmd.MarkFlagFilename("files-from")
	cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]string{"json", "jsonl", "markdown", "text", "html"}, cobra.ShellCompDirectiveNoFileComp))
	cmd.RegisterFlagCompletionFunc("input-format", cobra.FixedCompletions([]string{"auto", "html", "text"}, cobra.ShellCompDirectiveNoFileComp))
}
