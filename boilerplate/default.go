package boilerplate

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sync"
)

//go:embed rules/*.yaml
var defaultFiles embed.FS

// Default returns the rules embedded in the package, one file per category
// under rules/. They are parsed and compiled at the first call, not at
// program start; later calls return the same set.
func Default() *RuleSet {
	return defaultRules()
}

var defaultRules = sync.OnceValue(func() *RuleSet {
	s, err := loadFS(defaultFiles, "rules")
	if err != nil {
		// The embedded files are tested; an error here is a build defect.
		panic(fmt.Sprintf("boilerplate: default rules: %v", err))
	}
	return s
})

// loadFS parses every .yaml file of dir in fsys, in name order, into one set.
func loadFS(fsys fs.FS, dir string) (*RuleSet, error) {
	names, err := fs.Glob(fsys, path.Join(dir, "*.yaml"))
	if err != nil {
		return nil, err
	}
	sets := make([]*RuleSet, 0, len(names))
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		s, err := Parse(name, data)
		if err != nil {
			return nil, err
		}
		sets = append(sets, s)
	}
	return Merge(sets...)
}
