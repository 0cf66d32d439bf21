package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/artext/artext/boilerplate"
	"github.com/artext/artext/extract"
	"github.com/artext/artext/internal/atomicfile"
)

// runExtract extracts the article of the input named in args (standard
// input when there is none) and writes it as opts asks.
func runExtract(ctx context.Context, opts *extractOptions, args []string) error {
	format, err := extract.ParseFormat(opts.format)
	if err != nil {
		return &usageError{err}
	}
	inputFormat, err := parseInputFormat(opts.inputFormat)
	if err != nil {
		return err
	}
	name := "-"
	if len(args) == 1 {
		name = args[0]
	}
	if name == "-" && len(args) == 0 && opts.streams.InIsTerminal {
		return usageErrorf("no input: give a file, or pipe a page to standard input (see artext --help)")
	}
	rules, err := loadRules(opts.ruleFiles, opts.noDefault)
	if err != nil {
		return err
	}
	mode, err := opts.mode()
	if err != nil {
		return err
	}

	in, err := openInput(name, opts.streams.In)
	if err != nil {
		return err
	}
	defer in.Close()
	a, err := extract.FromReader(ctx, in, extract.Options{
		URL:         opts.url,
		Name:        name,
		InputFormat: inputFormat,
		Encoding:    opts.encoding,
		MaxBytes:    int64(opts.maxBytes),
		Rules:       rules,
		Explain:     opts.explain,
		Mode:        mode,
		NoMarkdown:  format == extract.FormatText || format == extract.FormatHTML,
		NoHTML:      format != extract.FormatHTML,
	})
	if a != nil && opts.explain && format != extract.FormatJSON && format != extract.FormatJSONL {
		writeExplain(opts.streams.ErrOut, a.Removed)
	}
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := extract.Write(&buf, a, format, extract.WriteOptions{NoFrontMatter: opts.noFrontMatter}); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return writeOutput(opts.output, buf.Bytes(), opts.streams.Out)
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
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if st, err := f.Stat(); err == nil && st.IsDir() {
		f.Close()
		return nil, fmt.Errorf("%s: is a directory", name)
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

// writeExplain prints the explain report on w: one line per removed block.
func writeExplain(w io.Writer, removed []boilerplate.Removal) {
	for _, r := range removed {
		fmt.Fprintf(w, "removed %s (%s, %s): %s\n", r.Rule, r.Category, r.Action, oneLine(r.Text, 100))
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
