package inputs

import (
	"path"
	"path/filepath"
	"strings"

	"github.com/artext/artext/internal/cli/cmdutil"
)

// The names that folders give when no --glob is given, in any case, each
// also with .gz: a batch takes pages and WARC archives, a folder of pages
// (fixtures) pages only.
var (
	pageExtensions  = []string{".html", ".htm", ".xhtml", ".txt"}
	batchExtensions = []string{".html", ".htm", ".xhtml", ".txt", ".warc"}
)

// Matcher decides which files of a folder are inputs.
type Matcher struct {
	globs    []string // none: the default extensions
	defaults []string // extensions, lower case
}

// BatchMatcher returns the Matcher of a batch: the --glob patterns globs,
// or by default *.html, *.htm, *.xhtml, *.txt, *.warc and their .gz.
func BatchMatcher(globs []string) (*Matcher, error) {
	return NewMatcher(globs, batchExtensions)
}

// PageMatcher returns the Matcher of a folder of pages, such as fixtures
// keep: the --glob patterns globs, or by default what a batch takes but WARC
// archives: *.html, *.htm, *.xhtml, *.txt and their .gz.
func PageMatcher(globs []string) (*Matcher, error) {
	return NewMatcher(globs, pageExtensions)
}

// NewMatcher returns a Matcher that takes the files matching globs, or when
// there are none the files with one of the extensions defaults (each in
// lower case, with its dot), compressed with gzip or not. A malformed
// pattern is a usage error, that names --glob.
func NewMatcher(globs, defaults []string) (*Matcher, error) {
	for _, g := range globs {
		if _, err := path.Match(g, ""); err != nil {
			return nil, cmdutil.Usagef("--glob %q: %v", g, err)
		}
	}
	return &Matcher{globs: globs, defaults: defaults}, nil
}

// Match reports whether the file at p, found below the folder root, is an
// input. A pattern with a slash is matched against the path below root,
// with slashes; one without, against the file's name.
func (m *Matcher) Match(root, p string) bool {
	name := filepath.Base(p)
	if len(m.globs) == 0 {
		lower := strings.TrimSuffix(strings.ToLower(name), ".gz")
		for _, ext := range m.defaults {
			if strings.HasSuffix(lower, ext) {
				return true
			}
		}
		return false
	}
	rel, err := filepath.Rel(root, p)
	if err != nil {
		rel = name
	}
	rel = filepath.ToSlash(rel)
	for _, g := range m.globs {
		subject := name
		if strings.Contains(g, "/") {
			subject = rel
		}
		if ok, _ := path.Match(g, subject); ok {
			return true
		}
	}
	return false
}
