package outputs

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/artext/artext/internal/atomicfile"
	"github.com/artext/artext/internal/cli/cmdutil"
)

// WriteBelow writes data to the file at path inside the folder dir,
// atomically, making the folders between them. It follows no symbolic link
// below dir, so that nothing is written outside it: a link where a folder
// should be is an error, and a link where the file should be is replaced,
// not written through.
func WriteBelow(dir, path string, data []byte) error {
	rel, err := filepath.Rel(dir, path)
	if err != nil || !filepath.IsLocal(rel) {
		return fmt.Errorf("%s is outside %s", path, dir)
	}
	parent := dir
	folders := strings.Split(filepath.Dir(rel), string(filepath.Separator))
	for _, name := range folders {
		if name == "." {
			continue
		}
		parent = filepath.Join(parent, name)
		if err := ensureFolder(parent); err != nil {
			return err
		}
	}
	if st, err := os.Lstat(path); err == nil && st.IsDir() {
		return fmt.Errorf("writing %s: is a folder", path)
	}
	if err := atomicfile.WriteFile(path, data, 0o644); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}

// ensureFolder makes the folder at path unless it exists, and fails when
// something else is there, a symbolic link included.
func ensureFolder(path string) error {
	st, err := os.Lstat(path)
	if errors.Is(err, fs.ErrNotExist) {
		if err := os.Mkdir(path, 0o755); err != nil && !errors.Is(err, fs.ErrExist) {
			return err
		}
		st, err = os.Lstat(path) // made by us, or by another worker meanwhile
	}
	switch {
	case err != nil:
		return err
	case st.Mode()&fs.ModeSymlink != 0:
		return fmt.Errorf("%s is a symbolic link: refusing to write through it", path)
	case !st.IsDir():
		return fmt.Errorf("%s is not a folder", path)
	}
	return nil
}

// PrepareDir makes the -o folder, which must be a folder or not exist
// yet.
func PrepareDir(dir string) error {
	st, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return os.MkdirAll(dir, 0o755)
	case err != nil:
		return err
	case !st.IsDir():
		return cmdutil.Usagef("-o %s is not a folder: with several inputs, -o names the folder that gets one file per input (or use -f jsonl > FILE)", dir)
	}
	return nil
}

// Exists reports whether the output file at path exists, for
// --skip-existing.
func Exists(path string) bool {
	st, err := os.Lstat(path)
	return err == nil && st.Mode().IsRegular()
}

// Write writes data to the file named path, atomically, or to out when
// path is empty or "-".
func Write(path string, data []byte, out io.Writer) error {
	if path == "" || path == "-" {
		_, err := out.Write(data)
		return err
	}
	if err := atomicfile.WriteFile(path, data, 0o644); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}

// IsFolder reports whether path names a folder: one that exists, or any
// path that ends with a separator.
func IsFolder(path string) bool {
	if strings.HasSuffix(path, "/") || strings.HasSuffix(path, string(os.PathSeparator)) {
		return true
	}
	st, err := os.Stat(path)
	return err == nil && st.IsDir()
}
