// Command artext extracts the clean article from a web page, or from text
// taken from one, as JSON, JSON Lines, Markdown, text or HTML.
//
// Run artext --help for its usage, flags and exit codes. The command line
// is package internal/cli; this is only its entry point.
package main

//go:generate go run ../../internal/cli/mangen -out ../../docs/man

import (
	"os"

	"github.com/artext/artext/internal/cli"
	"github.com/artext/artext/internal/cli/cmdutil"
	"github.com/artext/artext/internal/cli/version"
)

func main() {
	tuneGC()
	os.Exit(cli.Run(os.Args[1:], cmdutil.SystemStreams(), version.FromBuildInfo(version.Current())))
}
