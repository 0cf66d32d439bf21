//go:build unix

package inputs

import (
	"os"
	"syscall"
)

// fileKey narrows down which files may be the same: on Unix, the device
// and inode, which identify a file.
type fileKey struct{ dev, ino uint64 }

func keyOf(st os.FileInfo) fileKey {
	if s, ok := st.Sys().(*syscall.Stat_t); ok {
		return fileKey{uint64(s.Dev), uint64(s.Ino)}
	}
	return fileKey{}
}
