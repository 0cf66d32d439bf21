package main

import (
	"fmt"

	"github.com/spf13/cobra"
)

const fixturesLong = `Keep the expected output of saved pages as fixtures, and check them in CI.

  artext fixtures update DIR   writes each page's output beside it
  artext fixtures check DIR    extracts again and compares: exit 1 on a change

The pages are the files below DIR that a batch takes: *.html, *.htm,
*.xhtml, *.txt and their .gz, or the --glob patterns; hidden files are left
out, and so are the fixtures and sidecars of other pages. A page's fixture
is named after the page without its extensions: page.html, or page.html.gz,
gives page.json (-f json, the default), page.md (-f markdown), page.txt
(-f text) or page.out.html (-f html); a text page with -f text gives
page.out.txt. --out DIR2 keeps the fixtures below DIR2, mirroring DIR.

A page's address, which relative links resolve against and which is
reported as url, is read from the sidecar page.url beside it (one line).
source.name is the page's path below DIR, with slashes, so that fixtures are
the same whichever folder the command runs in.

A page that holds no article has a fixture all the same: for JSON, the
object {"schema_version": 1, "source": {"name": ...}, "error": "no article
content found"}; for the other formats, an empty file.

update records the settings it used (the format, --fields and the flags
that change an output) in artext-fixtures.yaml, in the fixtures' folder.
Both commands start from that record; a flag given on the command line
replaces the recorded value.`

// fixturesOptions hold the flags of the fixtures update and check commands.
type fixturesOptions struct {
	// extract holds the extraction flags, and -j, --glob and -q.
	extract *extractOptions
	// out is the folder the fixtures are kept in, mirroring DIR; "" keeps
	// each fixture beside its page.
	out string
	// fields are the JSON fields compared; none compares whole files.
	fields []string
	// update writes the fixtures rather than checking them.
	update bool
	// given reports whether the flag of that name was given on the command
	// line, in which case it wins over the recorded settings.
	given func(flag string) bool
	// record is the settings file the settings not given were read from,
	// "" when there is none.
	record string
}

// origin names a setting for a message: "--fields", or "fields (in
// testdata/artext-fixtures.yaml)" when it was read from the record.
func (o *fixturesOptions) origin(flag string) string {
	if o.given(flag) || o.record == "" {
		return "--" + flag
	}
	return fmt.Sprintf("%s (in %s)", flag, o.record)
}

func newFixturesCmd(s *streams) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "fixtures",
		Short: "Write the expected outputs of saved pages, and check them",
		Long:  fixturesLong,
		Example: `  # Write page.json beside every page of testdata/pages
  artext fixtures update testdata/pages

  # In CI: exit 1, with a diff, when an output changed
  artext fixtures check testdata/pages

  # Compare only the title and text of JSON fixtures
  artext fixtures update --fields title,text testdata/pages`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return usageErrorf("artext fixtures needs a command: update or check (see artext fixtures --help)")
		},
	}
	cmd.AddCommand(
		newFixturesSubcommand(s, true),
		newFixturesSubcommand(s, false),
	)
	return cmd
}

// newFixturesSubcommand returns fixtures update, or fixtures check: they
// take the same flags, so that the same settings make and check fixtures.
func newFixturesSubcommand(s *streams, update bool) *cobra.Command {
	opts := &fixturesOptions{extract: newExtractOptions(s), update: update}
	cmd := &cobra.Command{
		Use:   "check [flags] DIR",
		Short: "Extract the pages of DIR again and compare with their fixtures",
		Long: `Extract every page below DIR again and compare the output with its fixture.
A changed fixture is shown as a unified diff, a missing one as "missing", a
JSON fixture whose page is gone as "extra"; a one-line summary ends the
report. Exits 1 when any fixture changed, is missing or extra, or a page
could not be read, and 0 otherwise. See artext fixtures --help.`,
		Example: `  artext fixtures check testdata/pages
  artext fixtures check --out testdata/expected -j 2 testdata/pages`,
	}
	if update {
		cmd.Use = "update [flags] DIR"
		cmd.Short = "Write the output of every page of DIR as its fixture"
		cmd.Long = `Extract every page below DIR and write its output as its fixture, atomically,
where it changed; remove the JSON fixtures whose page is gone; record the
settings in artext-fixtures.yaml. Pages are never overwritten. Exits 1 when
a page could not be read or a fixture not written. See artext fixtures --help.`
		cmd.Example = `  artext fixtures update testdata/pages
  artext fixtures update -f markdown --out testdata/expected testdata/pages`
	}
	cmd.Args = func(cmd *cobra.Command, args []string) error {
		if len(args) != 1 {
			return usageErrorf("%s takes one folder of pages, got %d arguments", cmd.CommandPath(), len(args))
		}
		return nil
	}
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		opts.given = cmd.Flags().Changed
		return runFixtures(cmd.Context(), opts, args[0])
	}
	addFixturesFlags(cmd, opts)
	return cmd
}

// addFixturesFlags defines the flags of fixtures update and check on cmd:
// the extraction flags that apply to a folder of saved pages, and the
// fixtures' own.
func addFixturesFlags(cmd *cobra.Command, opts *fixturesOptions) {
	x := opts.extract
	f := cmd.Flags()
	f.StringVarP(&x.format, "format", "f", x.format, "fixture `format`: json, markdown (md), text or html")
	f.StringVar(&opts.out, "out", "", "keep the fixtures below this `folder`, mirroring DIR, rather than beside the pages")
	f.StringSliceVar(&opts.fields, "fields", nil, "compare only these JSON `fields` (comma-separated, e.g. title,text)")
	f.StringVar(&x.inputFormat, "input-format", x.inputFormat, "read pages as `auto` (decided from the content), html or text")
	f.StringVar(&x.encoding, "encoding", "", "force the pages' character `encoding` (e.g. windows-1252)")
	f.Var(&x.maxBytes, "max-bytes", "refuse pages larger than this `size`, after decompression")
	f.BoolVar(&x.noFrontMatter, "no-front-matter", false, "leave the YAML front matter out of Markdown fixtures")
	x.rules.add(cmd)
	f.BoolVar(&x.explain, "explain", false, "record in JSON fixtures which rule removed which block")
	f.IntVarP(&x.jobs, "jobs", "j", 0, "extract `N` pages at once (default: the number of CPUs)")
	f.StringArrayVar(&x.globs, "glob", nil, "take the files whose name matches this `pattern` as pages (repeatable; default: *.html, *.htm, *.xhtml, *.txt and their .gz)")
	f.BoolVarP(&x.quiet, "quiet", "q", false, "show no progress bar and no summary")
	cmd.MarkFlagDirname("out")
	cmd.MarkFlagFilename("rules", "yaml", "yml")
	cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]string{"json", "markdown", "text", "html"}, cobra.ShellCompDirectiveNoFileComp))
	cmd.RegisterFlagCompletionFunc("input-format", cobra.FixedCompletions([]string{"auto", "html", "text"}, cobra.ShellCompDirectiveNoFileComp))
}
