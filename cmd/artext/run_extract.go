package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/artext/artext/boilerplate"
	"github.com/artext/artext/extract"
	"github.com/artext/artext/internal/atomicfile"
)

// runExtract extracts the articles of the inputs named in args (standard
// input when there is none) and writes them as opts asks.
func runExtract(ctx context.Context, opts *extractOptions, args []string) error {
	x, err := newExtraction(opts)
	if err != nil {
		return err
	}
	if len(args) == 0 && opts.filesFrom == "" {
		if opts.streams.InIsTerminal {
			return usageErrorf("no input: give a file, a folder or a URL, or pipe a page to standard input (see artext --help)")
		}
		args = []string{"-"}
	}
	list, err := listInputs(args, opts)
	if err != nil {
		return err
	}
	if err := x.planOutput(list); err != nil {
		return err
	}
	return x.run(ctx, list)
}

// planOutput checks that the output suits the inputs and decides where
// each result goes.
func (x *extraction) planOutput(list *inputList) error {
	o := x.opts
	output := o.output
	if output == "-" {
		output = "" // standard output
	}
	if list.several && o.url != "" {
		return usageErrorf("--url gives the address of one input; URLs given as inputs are their own addresses")
	}
	if o.skipExisting && output == "" {
		return usageErrorf("--skip-existing needs -o DIR")
	}
	if list.several && output == "" && x.format == extract.FormatJSON {
		return usageErrorf("several inputs: -f json prints one object; use -f jsonl for one line per input, or -o DIR for one file per input")
	}
	if output == "" {
		return nil
	}
	if list.several || isFolder(output) {
		if err := prepareOutputDir(output); err != nil {
			return err
		}
		planOutputs(list.inputs, output, x.format)
		return nil
	}
	in := &list.inputs[0]
	in.output = output
	if a, err := statInput(*in, o.streams); err == nil {
		if b, err := os.Stat(output); err == nil && os.SameFile(a, b) {
			in.err = fmt.Errorf("output %s is the input: refusing to overwrite it", output)
		}
	}
	return nil
}

// statInput returns the file information of a file input, or of standard
// input when it is a file (artext -o page.html < page.html).
func statInput(in input, s *streams) (fs.FileInfo, error) {
	switch {
	case in.isURL:
		return nil, fs.ErrNotExist
	case in.name == "-":
		if s.inFile != nil {
			return s.inFile.Stat()
		}
		if f, ok := s.In.(*os.File); ok {
			return f.Stat()
		}
		return nil, fs.ErrNotExist
	}
	return os.Stat(in.name)
}

// isFolder reports whether path names a folder: one that exists, or any
// path that ends with a separator.
func isFolder(path string) bool {
	if strings.HasSuffix(path, "/") || strings.HasSuffix(path, string(os.PathSeparator)) {
		return true
	}
	st, err := os.Stat(path)
	return err == nil && st.IsDir()
}

// openInput opens the named input: a file, or standard input for "-".
func openInput(name string, stdin io.Reader) (io.ReadCloser, error) {
	if name == "-" {
		return io.NopCloser(stdin), nil
	}
	f, err := os.Open(name)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err // say "page.html: no such file or directory", not "open page.html: ..."
		}
		return nil, extract.NameError(name, err)
	}
	if st, err := f.Stat(); err == nil && st.IsDir() {
		f.Close()
		return nil, extract.NameError(name, errors.New("is a directory"))
	}
	return f, nil
}

// writeOutput writes data to the file named path, atomically, or to out
// when path is empty or "-".
func writeOutput(path string, data []byte, out io.Writer) error {
	if path == "" || path == "-" {
		_, err := out.Write(data)
		return err
	}
	if err := atomicfile.WriteFile(path, data, 0o644); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}

func parseInputFormat(s string) (extract.InputFormat, error) {
	switch s {
	case "", "auto":
		return extract.InputAuto, nil
	case "html":
		return extract.InputHTML, nil
	case "text", "txt", "markdown", "md":
		return extract.InputText, nil
	}
	return "", usageErrorf("unknown input format %q (want auto, html or text)", s)
}

// loadRules builds the rule set: the default rules unless noDefault, then
// the rules of each file in order.
func loadRules(files []string, noDefault bool) (*boilerplate.RuleSet, error) {
	if len(files) == 0 && !noDefault {
		return nil, nil // the library's default
	}
	var sets []*boilerplate.RuleSet
	if !noDefault {
		sets = append(sets, boilerplate.Default())
	}
	for _, f := range files {
		s, err := boilerplate.LoadFile(f)
		if err != nil {
			return nil, fmt.Errorf("rules: %w", err)
		}
		sets = append(sets, s)
	}
	return boilerplate.Merge(sets...)
}

// writeExplain prints the explain report on w: one line per removed block,
// each after prefix.
func writeExplain(w io.Writer, prefix string, removed []boilerplate.Removal) {
	for _, r := range removed {
		fmt.Fprintf(w, "%sremoved %s (%s, %s): %s\n", prefix, r.Rule, r.Category, r.Action, oneLine(r.Text, 100))
	}
}

// oneLine returns s on one line, cut to at most n characters.
func oneLine(s string, n int) string {
	s = string(bytes.Join(bytes.Fields([]byte(s)), []byte(" ")))
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
