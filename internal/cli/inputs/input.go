// Package inputs lists the inputs of a run of artext: the files, folders,
// URLs and standard input of its command line, the lines of --files-from,
// and the pages of the WARC archives among them, one record at a time.
package inputs

import (
	"io"
	"os"

	"github.com/artext/artext/extract"
)

// Input is one page to extract: a file, a URL, standard input, or a page
// of a WARC archive.
type Input struct {
	// Name is the input as given: the path, the URL, or "-" for standard
	// input; for a WARC record, its target URI. It is the page's
	// source.name.
	Name string
	// Path is the file to read when it is not Name, as for a fixture's
	// page, whose name is its path below the folder of pages. Errors name
	// the file read.
	Path string
	// URL is the page's address when the input knows it (a fixture's
	// sidecar), "" otherwise.
	URL   string
	IsURL bool // Name is an http or https URL, to fetch
	// Root is the absolute folder that the file's path is mirrored below
	// with -o DIR: the folder given on the command line for a file found
	// in it, else the file's own folder.
	Root string
	// Err is a failure found while listing the input, such as a folder
	// that cannot be read; the input fails with it.
	Err error
	// Output is the file the result is written to, "" for standard output.
	Output string
	// OutputDir is the -o folder that Output is below, "" when Output is a
	// file named on the command line.
	OutputDir string
	// Archive is set for a WARC archive, which a run replaces by its
	// records (see List.Expand).
	Archive bool
	// Record is set for a page, or a broken record, of a WARC archive.
	Record *extract.WARCRecord
}

// File returns the file the input reads: Path, or Name.
func (in Input) File() string {
	if in.Path != "" {
		return in.Path
	}
	return in.Name
}

// List is what a command line asks to extract.
type List struct {
	Inputs []Input
	// Several is true when the command line names several inputs, a
	// folder, a list or a WARC archive: the output then holds one result
	// per input.
	Several bool
	// Archives is the number of WARC archives among the inputs.
	Archives int
	// Stdin is what standard input is read from: the reader given to
	// [FromArgs], or a buffer over it once its first bytes were sniffed.
	Stdin io.Reader
	// StdinFile is the file that standard input reads, when it is one.
	StdinFile *os.File
}
