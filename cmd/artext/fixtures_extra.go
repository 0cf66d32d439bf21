package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/artext/artext/extract"
)

// extraFixtures returns the JSON fixtures in the fixtures' folder whose page
// is gone, in lexical order: the files that hold an artext output (a JSON
// object with a schema_version) and are no page's fixture. Other formats
// have no extra fixtures: nothing tells a Markdown, text or HTML fixture
// from a file of the same kind that artext did not write. With --out, the
// folder of pages is no place for fixtures, even inside the fixtures' one.
func (r *fixtureRun) extraFixtures(pages []fixturePage) []string {
	if r.x.format != extract.FormatJSON {
		return nil
	}
	expected := map[string]bool{}
	for _, p := range pages {
		expected[absPath(p.fixture)] = true
		expected[absPath(p.path)] = true
	}
	pagesDir := ""
	if absPath(r.dir) != absPath(r.root) {
		pagesDir = absPath(r.dir)
	}
	jsonFiles := &nameMatcher{globs: []string{"*.json", "*.JSON"}}
	var extra []string
	for _, in := range walkFolder(nil, r.root, jsonFiles) {
		abs := absPath(in.name)
		if in.err != nil || expected[abs] || (pagesDir != "" && isBelow(abs, pagesDir)) {
			continue
		}
		if isArtextOutput(in.name) {
			extra = append(extra, in.name)
		}
	}
	return extra
}

// isArtextOutput reports whether the file at path holds a JSON object with
// a schema_version, as artext's JSON output does.
func isArtextOutput(path string) bool {
	data, err := os.ReadFile(path)
	if err != nil || !bytes.HasPrefix(bytes.TrimSpace(data), []byte("{")) {
		return false
	}
	var doc struct {
		SchemaVersion *int `json:"schema_version"`
	}
	return json.Unmarshal(data, &doc) == nil && doc.SchemaVersion != nil
}

// absPath returns the absolute form of path, or path when it has none.
func absPath(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		return abs
	}
	return path
}

// removeFixture removes the fixture file at path, which a missing file
// does not stop.
func removeFixture(path string) error {
	if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("removing %s: %w", path, err)
	}
	return nil
}
