package main

import (
	"path"
	"path/filepath"
	"strings"
)

// defaultExtensions are the file names taken from folders when no --glob
// is given, in any case, each also with .gz.
var defaultExtensions = []string{".html", ".htm", ".xhtml", ".txt", ".warc"}

// nameMatcher decides which files of a folder are inputs.
type nameMatcher struct {
	globs []string // none: the default extensions
}

// newNameMatcher checks the --glob patterns.
func newNameMatcher(globs []string) (*nameMatcher, error) {
	for _, g := range globs {
		if _, err := path.Match(g, ""); err != nil {
			return nil, usageErrorf("--glob %q: %v", g, err)
		}
	}
	return &nameMatcher{globs: globs}, nil
}

// match reports whether the file at p, found below the folder root, is an
// input. A pattern with a slash is matched against the path below root,
// with slashes; one without, against the file's name.
func (m *nameMatcher) match(root, p string) bool {
	name := filepath.Base(p)
	if len(m.globs) == 0 {
		lower := strings.TrimSuffix(strings.ToLower(name), ".gz")
		for _, ext := range defaultExtensions {
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
