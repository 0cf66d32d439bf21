package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/artext/artext/extract"
)

// fixturePage is a page of a fixtures folder and the files that go with it.
type fixturePage struct {
	path    string // the page's file, below DIR
	name    string // the page's path below DIR, with slashes: its source.name
	fixture string // the fixture's file, below the fixtures' folder
	sidecar string // the file that may hold the page's address: page.url
	err     error  // why the page cannot have a fixture, if it cannot
}

// fixtureFormats are the formats a fixture can have.
var fixtureFormats = []extract.Format{extract.FormatJSON, extract.FormatMarkdown, extract.FormatText, extract.FormatHTML}

// fixtureName returns the name of the fixture in format f of the page
// named page: the page's name without its extensions (page.html.gz
// without .html.gz) and the format's. HTML fixtures are .out.html, and a
// text page's text fixture .out.txt, so that no fixture is named as a page.
func fixtureName(page string, f extract.Format) string {
	base := trimExtensions(page)
	ext := outputExtension(f)
	if f == extract.FormatHTML {
		ext = ".out" + ext
	}
	if strings.EqualFold(base+ext, page) {
		ext = ".out" + ext
	}
	return base + ext
}

// sidecarName returns the name of the file that holds the address of the
// page named page: page.url for page.html, page.html.gz or page.txt.
func sidecarName(page string) string {
	return trimExtensions(page) + ".url"
}

// listFixturePages walks the folder dir for pages, in lexical order, and
// names the fixture in format f of each: beside it, or below the folder
// out mirroring dir when out is not "". The fixtures and sidecars of other
// pages, in any format, are not pages themselves, and neither is anything
// in the folder out, unless dir is in it. A page that would share its
// fixture with another page, or whose fixture is a page, has an err: no
// such fixture is written.
func listFixturePages(dir, out string, f extract.Format, m *nameMatcher) ([]fixturePage, error) {
	inputs := dropFixtureFiles(walkFolder(nil, dir, m), dir)
	if out != "" && !isBelow(absPath(dir), absPath(out)) {
		inputs = dropBelow(inputs, out)
	}
	root := dir
	if out != "" {
		root = out
	}
	ids := newFileIDs(inputs)
	pages := make([]fixturePage, len(inputs))
	sharing := map[string][]int{} // fixture path, in lower case → the pages that have it
	for i, in := range inputs {
		rel := relativeName(dir, in.name)
		pages[i] = fixturePage{
			path:    in.name,
			name:    filepath.ToSlash(rel),
			fixture: filepath.Join(root, fixtureName(rel, f)),
			sidecar: filepath.Join(dir, sidecarName(rel)),
			err:     in.err,
		}
		if in.err == nil {
			key := strings.ToLower(pages[i].fixture) // names that may be one file
			sharing[key] = append(sharing[key], i)
		}
	}
	for i := range pages {
		p := &pages[i]
		if p.err != nil {
			continue
		}
		if group := sharing[strings.ToLower(p.fixture)]; len(group) > 1 {
			other := pages[group[0]].path
			if group[0] == i {
				other = pages[group[1]].path
			}
			p.err = fmt.Errorf("its fixture %s would also be the fixture of %s: rename one of them", p.fixture, other)
			continue
		}
		if st, err := os.Stat(p.fixture); err == nil && ids.contains(st) {
			p.err = fmt.Errorf("its fixture %s is a page: refusing to overwrite it", p.fixture)
		}
	}
	if len(pages) == 0 {
		return nil, fmt.Errorf("%s: no pages (*.html, *.htm, *.xhtml, *.txt and their .gz, or --glob)", dir)
	}
	return pages, nil
}

// checkPagesFolder checks that dir is a folder.
func checkPagesFolder(dir string) error {
	st, err := os.Stat(dir)
	var pe *fs.PathError
	switch {
	case errors.As(err, &pe):
		return fmt.Errorf("%s: %w", dir, pe.Err)
	case err != nil:
		return err
	case !st.IsDir():
		return usageErrorf("%s is not a folder: fixtures are kept for a folder of pages", dir)
	}
	return nil
}

// relativeName returns the path of the file at path below the folder dir.
func relativeName(dir, path string) string {
	rel, err := filepath.Rel(dir, path)
	if err != nil {
		return filepath.Base(path)
	}
	return rel
}

// dropBelow removes from inputs the files inside the folder out.
func dropBelow(inputs []input, out string) []input {
	absOut := absPath(out)
	kept := inputs[:0]
	for _, in := range inputs {
		if isBelow(absPath(in.name), absOut) {
			continue
		}
		kept = append(kept, in)
	}
	return kept
}

// dropFixtureFiles removes from inputs, all found in the folder dir, the
// files that go with another input: its fixtures in any format, its
// sidecar, and the settings file of dir. Beside page.html, page.txt is
// its text fixture, not a page.
func dropFixtureFiles(inputs []input, dir string) []input {
	others := map[string]bool{settingsFile: true}
	for _, in := range inputs {
		rel := relativeName(dir, in.name)
		for _, f := range fixtureFormats {
			if name := fixtureName(rel, f); name != rel {
				others[name] = true
			}
		}
		others[sidecarName(rel)] = true
	}
	kept := inputs[:0]
	for _, in := range inputs {
		if in.err == nil && others[relativeName(dir, in.name)] {
			continue
		}
		kept = append(kept, in)
	}
	return kept
}
