package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/artext/artext/extract"
)

// input is one page to extract: a file, a URL, or standard input.
type input struct {
	name  string // as given: the path, the URL, or "-"
	isURL bool
	// root is the absolute folder that the file's path is mirrored below
	// with -o DIR: the folder given on the command line for a file found
	// in it, else the file's own folder.
	root string
	// err is a failure found while listing the input, such as a folder
	// that cannot be read; the input fails with it.
	err error
	// output is the file the result is written to, "" for standard output.
	output string
	// outputDir is the -o folder that output is below, "" when output is
	// a file named on the command line.
	outputDir string
	// archive is set for a WARC archive, which the run replaces by its
	// records (see expandArchives).
	archive bool
	// record is set for a page, or a broken record, of a WARC archive.
	record *extract.WARCRecord
}

// schemePattern recognises a URL, of any scheme, at the start of a name.
var schemePattern = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9+.-]*://`)

// inputList is what the command line asks to extract.
type inputList struct {
	inputs []input
	// several is true when the command line names several inputs, a
	// folder, a list or a WARC archive: the output then holds one result
	// per input.
	several bool
	// archives is the number of WARC archives among the inputs.
	archives int
}

// listInputs expands the command line's inputs: files, folders walked for
// the files that match the globs, URLs, and the lines of --files-from.
// Folders are walked in lexical order, so the list is the same every time.
func listInputs(args []string, opts *extractOptions) (*inputList, error) {
	names := args
	if opts.filesFrom != "" {
		lines, err := readInputList(opts.filesFrom, opts.streams.In)
		if err != nil {
			return nil, err
		}
		for _, a := range args {
			if a == "-" && opts.filesFrom == "-" {
				return nil, usageErrorf("standard input cannot be both an input and the --files-from list")
			}
		}
		names = append(names[:len(names):len(names)], lines...)
	}
	m, err := newNameMatcher(opts.globs)
	if err != nil {
		return nil, err
	}
	list := &inputList{several: len(names) > 1 || opts.filesFrom != ""}
	for _, name := range names {
		switch {
		case name == "-":
			list.inputs = append(list.inputs, input{name: name})
		case schemePattern.MatchString(name):
			list.inputs = append(list.inputs, input{name: name, isURL: true})
		default:
			if st, err := os.Stat(name); err == nil && st.IsDir() {
				list.several = true
				list.inputs = walkFolder(list.inputs, name, m)
				continue
			}
			list.inputs = append(list.inputs, input{name: name, root: absDir(name)})
		}
	}
	if err := markArchives(list, opts); err != nil {
		return nil, err
	}
	return list, nil
}

// readInputList reads the lines of the file named path, or of stdin for
// "-": one input a line, blank lines skipped.
func readInputList(path string, stdin io.Reader) ([]string, error) {
	r := stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("--files-from: %w", err)
		}
		defer f.Close()
		r = f
	}
	var lines []string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) != "" {
			lines = append(lines, line)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("--files-from %s: %w", path, err)
	}
	return lines, nil
}

// absDir returns the absolute folder of the file named path.
func absDir(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return filepath.Dir(path)
	}
	return filepath.Dir(abs)
}
