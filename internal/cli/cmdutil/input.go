package cmdutil

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"

	"github.com/artext/artext/extract"
)

// ParseInputFormat parses the value of --input-format: auto, html or text
// (txt, markdown and md mean text).
func ParseInputFormat(s string) (extract.InputFormat, error) {
	switch s {
	case "", "auto":
		return extract.InputAuto, nil
	case "html":
		return extract.InputHTML, nil
	case "text", "txt", "markdown", "md":
		return extract.InputText, nil
	}
	return "", Usagef("unknown input format %q (want auto, html or text)", s)
}

// OpenInput opens the named input: a file, or stdin for "-". Its error
// names the input (see extract.NameError).
func OpenInput(name string, stdin io.Reader) (io.ReadCloser, error) {
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

// OneLine returns s on one line, its runs of spaces made one, cut to at
// most n characters.
func OneLine(s string, n int) string {
	s = string(bytes.Join(bytes.Fields([]byte(s)), []byte(" ")))
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
