// Command artext extracts the clean article from a web page, or from text
// taken from one, as JSON, JSON Lines, Markdown, text or HTML.
//
// Run artext --help for its usage, flags and exit codes.
package main

import "os"

func main() {
	tuneGC()
	os.Exit(run(os.Args[1:], newSystemStreams()))
}
