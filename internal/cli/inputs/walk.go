package inputs

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Walk appends to inputs the files below the folder dir whose names m
// takes, in lexical order. Hidden files and folders (whose name starts
// with a dot) are left out, and symbolic links to folders are not followed.
// A folder that cannot be read becomes an input that fails.
func Walk(inputs []Input, dir string, m *Matcher) []Input {
	root, err := filepath.Abs(dir)
	if err != nil {
		root = dir
	}
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			inputs = append(inputs, Input{Name: path, Root: root, Err: err})
			return nil
		}
		if path != dir && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || !m.Match(dir, path) {
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			if st, err := os.Stat(path); err != nil || !st.Mode().IsRegular() {
				return nil // a link to a folder, or dangling
			}
		} else if !d.Type().IsRegular() {
			return nil
		}
		inputs = append(inputs, Input{Name: path, Root: root})
		return nil
	})
	return inputs
}
