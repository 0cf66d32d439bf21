package siteconfig

import (
	"errors"
	"io/fs"
	"net"
	"os"
	"strings"
	"sync"
)

// Dir is a folder of site config files. Its files are read at their first
// lookup and kept; it is safe for concurrent use.
type Dir struct {
	fsys fs.FS
	mu   sync.Mutex
	read map[string]*Config // by file name; nil for a file that is not there
}

// Open returns the folder of site config files at path. It fails when
// path is not a folder.
func Open(path string) (*Dir, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !info.IsDir() {
		return nil, &fs.PathError{Op: "open", Path: path, Err: errors.New("not a folder of site config files")}
	}
	return FS(os.DirFS(path)), nil
}

// FS returns the folder of site config files at the root of fsys.
func FS(fsys fs.FS) *Dir {
	return &Dir{fsys: fsys, read: make(map[string]*Config)}
}

// Lookup returns the config for a page of host, or nil when the folder
// has none. host is compared in lower case, without a port, a final dot
// or a leading "www."; Lookup tries HOST.txt, then .PARENT.txt where
// PARENT is host without its first label (news.example.com:
// news.example.com.txt, then .example.com.txt), and returns the first
// it finds. It costs, at the first lookup of each file name, a read of
// the file; the error is that of reading or parsing a file found.
func (d *Dir) Lookup(host string) (*Config, error) {
	host = canonicalHost(host)
	if host == "" {
		return nil, nil
	}
	names := []string{host + ".txt"}
	if _, parent, ok := strings.Cut(host, "."); ok && parent != "" {
		names = append(names, "."+parent+".txt")
	}
	for _, name := range names {
		c, err := d.file(name)
		if c != nil || err != nil {
			return c, err
		}
	}
	return nil, nil
}

// file returns the parsed file name, or nil when there is none.
func (d *Dir) file(name string) (*Config, error) {
	d.mu.Lock()
	c, seen := d.read[name]
	d.mu.Unlock()
	if seen {
		return c, nil
	}
	data, err := fs.ReadFile(d.fsys, name)
	if errors.Is(err, fs.ErrNotExist) {
		err = nil
	} else if err == nil {
		c, err = Parse(name, data)
	}
	if err != nil {
		return nil, err
	}
	d.mu.Lock()
	d.read[name] = c
	d.mu.Unlock()
	return c, nil
}

// canonicalHost returns host in lower case without a port, a final dot or
// a leading "www.", or "" when it could not name a file.
func canonicalHost(host string) string {
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.TrimPrefix(strings.TrimSuffix(strings.ToLower(host), "."), "www.")
	if !fs.ValidPath(host) || strings.ContainsAny(host, `/\`) || strings.HasPrefix(host, ".") {
		return ""
	}
	return host
}
