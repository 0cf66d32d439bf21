package inputs

import "os"

// FileIDs is the set of the files that are inputs, by identity rather than
// name, so that a hard link or a path through a symbolic link is known.
type FileIDs struct {
	infos map[fileKey][]os.FileInfo
}

// NewFileIDs stats the files of inputs.
func NewFileIDs(inputs []Input) *FileIDs {
	ids := &FileIDs{infos: map[fileKey][]os.FileInfo{}}
	for _, in := range inputs {
		if in.IsURL || in.Name == "-" || in.Err != nil || in.Record != nil {
			continue
		}
		if st, err := os.Stat(in.File()); err == nil {
			k := keyOf(st)
			ids.infos[k] = append(ids.infos[k], st)
		}
	}
	return ids
}

// Contains reports whether st is one of the input files.
func (ids *FileIDs) Contains(st os.FileInfo) bool {
	for _, in := range ids.infos[keyOf(st)] {
		if os.SameFile(in, st) {
			return true
		}
	}
	return false
}
