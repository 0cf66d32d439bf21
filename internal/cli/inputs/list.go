package inputs

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/artext/artext/internal/cli/cmdutil"
)

// schemePattern recognises a URL, of any scheme, at the start of a name.
var schemePattern = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9+.-]*://`)

// Options are what [FromArgs] takes from the command line besides the inputs.
type Options struct {
	FilesFrom string    // --files-from: a list of inputs, or - for standard input
	Match     *Matcher  // which files of a folder are inputs; nil for BatchMatcher's defaults
	Stdin     io.Reader // standard input
}

// FromArgs expands the command line's inputs, args: files, folders walked for
// the files that o.Match takes, URLs, and the lines of --files-from. Folders
// are walked in lexical order, so the list is the same every time. The WARC
// archives among the files are recognised by their content and marked.
func FromArgs(args []string, o Options) (*List, error) {
	if o.Match == nil {
		o.Match = &Matcher{defaults: batchExtensions}
	}
	names := args
	if o.FilesFrom != "" {
		lines, err := readInputList(o.FilesFrom, o.Stdin)
		if err != nil {
			return nil, err
		}
		for _, a := range args {
			if a == "-" && o.FilesFrom == "-" {
				return nil, cmdutil.Usagef("standard input cannot be both an input and the --files-from list")
			}
		}
		names = append(names[:len(names):len(names)], lines...)
	}
	list := &List{Several: len(names) > 1 || o.FilesFrom != "", Stdin: o.Stdin}
	if f, ok := o.Stdin.(*os.File); ok {
		list.StdinFile = f
	}
	for _, name := range names {
		switch {
		case name == "-":
			list.Inputs = append(list.Inputs, Input{Name: name})
		case schemePattern.MatchString(name):
			list.Inputs = append(list.Inputs, Input{Name: name, IsURL: true})
		default:
			if st, err := os.Stat(name); err == nil && st.IsDir() {
				list.Several = true
				list.Inputs = Walk(list.Inputs, name, o.Match)
				continue
			}
			list.Inputs = append(list.Inputs, Input{Name: name, Root: absDir(name)})
		}
	}
	list.markArchives()
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
