package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// walkFolder appends to inputs the files below the folder dir whose names m
// accepts, in lexical order. Hidden files and folders (whose name starts
// with a dot) are left out, and symbolic links to folders are not followed.
// A folder that cannot be read becomes an input that fails.
func walkFolder(inputs []input, dir string, m *nameMatcher) []input {
	root, err := filepath.Abs(dir)
	if err != nil {
		root = dir
	}
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			inputs = append(inputs, input{name: path, root: root, err: err})
			return nil
		}
		if path != dir && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || !m.match(dir, path) {
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			if st, err := os.Stat(path); err != nil || !st.Mode().IsRegular() {
				return nil // a link to a folder, or dangling
			}
		} else if !d.Type().IsRegular() {
			return nil
		}
		inputs = append(inputs, input{name: path, root: root})
		return nil
	})
	return inputs
}
