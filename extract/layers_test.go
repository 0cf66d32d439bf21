package extract_test

import (
	"go/build"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// stageImports lists, for each package of the pipeline under internal/,
// the packages of the module it may import besides boilerplate: the
// stages before it and the shared helpers. Dependencies run one way, from
// package extract down through the paths to the document and the helpers:
// no stage imports extract, a later stage or the other path.
var stageImports = map[string][]string{
	"textutil": nil,
	"htmlutil": nil,
	"document": nil,
	"markdown": {"textutil"},
	"input":    {"htmlutil", "markdown", "textutil"},
	"meta":     {"document", "htmlutil", "textutil"},
	"render":   {"document", "markdown"},
	"htmlpath": {"document", "htmlutil", "meta", "textutil"},
	"textpath": {"document", "markdown", "meta", "textutil"},
	"fetch":    {"input"},
	"warc":     {"input"},
}

// TestDependenciesRunOneWay reads the imports of the pipeline's packages
// (tests aside) and fails on any that stageImports does not allow.
func TestDependenciesRunOneWay(t *testing.T) {
	const module = "github.com/artext/artext/"
	for name, allowed := range stageImports {
		pkg, err := build.ImportDir(filepath.Join("..", "internal", name), 0)
		if err != nil {
			t.Errorf("internal/%s: %v", name, err)
			continue
		}
		for _, imp := range pkg.Imports {
			path, ok := strings.CutPrefix(imp, module)
			if !ok || path == "boilerplate" {
				continue
			}
			if !slices.Contains(allowed, strings.TrimPrefix(path, "internal/")) {
				t.Errorf("internal/%s imports %s: it may import only %v of the module", name, path, allowed)
			}
		}
	}
}
