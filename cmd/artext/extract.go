package main

import (
	"time"

	"github.com/artext/artext/extract"
	"github.com/spf13/cobra"
)

// extractOptions hold the flags of the extract command and the streams it
// uses.
type extractOptions struct {
	streams *streams

	format        string     // -f: output format
	output        string     // -o: output file
	url           string     // --url: the page's address
	inputFormat   string     // --input-format: auto, html or text
	encoding      string     // --encoding: forced charset
	maxBytes      byteSize   // --max-bytes: input size limit
	noFrontMatter bool       // --no-front-matter
	rules         rulesFlags // --rules, --no-default-rules
	explain       bool       // --explain

	jobs         int           // -j: inputs extracted at once
	globs        []string      // --glob: names taken from folders
	filesFrom    string        // --files-from: a list of inputs, or - for standard input
	failFast     bool          // --fail-fast: stop at the first failed input
	skipExisting bool          // --skip-existing: leave inputs whose output exists
	quiet        bool          // --quiet: no progress bar, no summary
	timeout      time.Duration // --timeout: for each URL, the whole request
	docTimeout   time.Duration // --doc-timeout: for each input, its extraction
	userAgent    string        // --user-agent
	retries      int           // --retries: for 429 and 5xx answers
	precision    bool          // --precision
	recall       bool          // --recall
}

func newExtractOptions(s *streams) *extractOptions {
	return &extractOptions{
		streams:     s,
		format:      string(extract.FormatJSON),
		inputFormat: "auto",
		maxBytes:    extract.DefaultMaxBytes,
		timeout:     extract.DefaultFetchTimeout,
		docTimeout:  defaultDocTimeout,
		userAgent:   "artext/" + versionToken(),
	}
}

func newExtractCmd(s *streams) *cobra.Command {
	opts := newExtractOptions(s)
	cmd := &cobra.Command{
		Use:     "extract [flags] [INPUT...]",
		Short:   "Extract the article of a page (the default command)",
		Long:    rootLong,
		Example: rootExample,
		Args:    cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runExtract(cmd.Context(), opts, args)
		},
	}
	addExtractFlags(cmd, opts)
	return cmd
}

// addExtractFlags defines the extraction flags on cmd, bound to opts.
func addExtractFlags(cmd *cobra.Command, opts *extractOptions) {
	f := cmd.Flags()
	f.StringVarP(&opts.format, "format", "f", opts.format, "output `format`: json, jsonl, markdown (md), text or html")
	f.StringVarP(&opts.output, "output", "o", "", "write the result to `FILE` (atomically), or with several inputs one file each below this folder")
	f.StringVar(&opts.url, "url", "", "the page's `address`: resolves relative links, reported as url")
	f.StringVar(&opts.inputFormat, "input-format", opts.inputFormat, "read inputs as `auto` (decided from the content), html or text")
	f.StringVar(&opts.encoding, "encoding", "", "force the input's character `encoding` (e.g. windows-1252, shift_jis)")
	f.Var(&opts.maxBytes, "max-bytes", "refuse inputs larger than this `size`, after decompression (e.g. 500KiB, 10MB)")
	f.BoolVar(&opts.noFrontMatter, "no-front-matter", false, "leave the YAML front matter out of Markdown output")
	opts.rules.add(cmd)
	f.BoolVar(&opts.explain, "explain", false, "report which rule removed which block (JSON: removed; other formats: on stderr)")
	addBatchFlags(cmd, opts)
	addModeFlags(cmd, opts)
	cmd.MarkFlagFilename("output")
	cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]string{"json", "jsonl", "markdown", "text", "html"}, cobra.ShellCompDirectiveNoFileComp))
	cmd.RegisterFlagCompletionFunc("input-format", cobra.FixedCompletions([]string{"auto", "html", "text"}, cobra.ShellCompDirectiveNoFileComp))
}
