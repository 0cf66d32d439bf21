// Mangen writes the man pages of the artext command into a folder, one page
// per command, from the cobra commands themselves, so that they say what
// --help says. go generate ./... runs it (the directive is in
// cmd/artext/main.go):
//
//	go run ./internal/cli/mangen -out docs/man
//
// The pages are the same byte for byte wherever and whenever they are
// made: their header has a fixed date, and nothing in them depends on the
// build that makes them. A test fails when docs/man is not what mangen
// makes now.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/artext/artext/internal/cli"
	"github.com/artext/artext/internal/cli/cmdutil"
	"github.com/artext/artext/internal/cli/version"
	"github.com/spf13/cobra"
	"github.com/spf13/cobra/doc"
)

// pagesDate is the date in the header of every page. It is fixed, so that
// making the pages again changes nothing but what changed; move it on when
// the pages change much, or with a release.
var pagesDate = time.Date(2026, time.December, 1, 0, 0, 0, 0, time.UTC)

func main() {
	out := flag.String("out", "docs/man", "write the man pages into this `folder`")
	flag.Parse()
	if err := generate(*out); err != nil {
		fmt.Fprintln(os.Stderr, "mangen:", err)
		os.Exit(1)
	}
}

// generate writes the man pages of artext into the folder dir, replacing
// the pages that are there (*.1) and leaving its other files alone.
func generate(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	old, err := filepath.Glob(filepath.Join(dir, "*.1"))
	if err != nil {
		return err
	}
	for _, f := range old {
		if err := os.Remove(f); err != nil {
			return err
		}
	}
	root := cli.NewCmdRoot(&cmdutil.Streams{}, version.Build{Version: "(devel)"})
	prepare(root)
	header := &doc.GenManHeader{
		Section: "1",
		Date:    &pagesDate,
		Source:  "artext",
		Manual:  "artext manual",
	}
	return doc.GenManTree(root, header, dir)
}

// prepare readies cmd and its subcommands for pages that do not depend on
// the build: no "Auto generated" line with today's date, and the default
// User-Agent named for any version.
func prepare(cmd *cobra.Command) {
	cmd.DisableAutoGenTag = true
	if f := cmd.Flags().Lookup("user-agent"); f != nil && strings.HasPrefix(f.DefValue, "artext/") {
		f.DefValue = "artext/VERSION"
	}
	for _, c := range cmd.Commands() {
		prepare(c)
	}
}
