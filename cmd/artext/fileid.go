package main

import "os"

// fileIDs is the set of the files that are inputs, by identity rather than
// name, so that a hard link or a path through a symbolic link is known.
type fileIDs struct {
	infos map[fileKey][]os.FileInfo
}

// newFileIDs stats the file inputs.
func newFileIDs(inputs []input) *fileIDs {
	ids := &fileIDs{infos: map[fileKey][]os.FileInfo{}}
	for _, in := range inputs {
		if in.isURL || in.name == "-" || in.err != nil {
			continue
		}
		if st, err := os.Stat(in.name); err == nil {
			k := keyOf(st)
			ids.infos[k] = append(ids.infos[k], st)
		}
	}
	return ids
}

// contains reports whether st is one of the input files.
func (ids *fileIDs) contains(st os.FileInfo) bool {
	for _, in := range ids.infos[keyOf(st)] {
		if os.SameFile(in, st) {
			return true
		}
	}
	return false
}
