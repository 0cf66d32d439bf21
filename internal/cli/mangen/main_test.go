package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// committed is the folder of the man pages in the repository.
const committed = "../../../docs/man"

// TestPagesUpToDate makes the man pages anew and compares them with the
// committed ones: a flag or a help text changed without the pages fails
// here.
func TestPagesUpToDate(t *testing.T) {
	dir := t.TempDir()
	if err := generate(dir); err != nil {
		t.Fatal(err)
	}
	want := pages(t, dir)
	got := pages(t, committed)
	if len(want) < 10 {
		t.Fatalf("made only %d pages: %q", len(want), want)
	}
	if !slices.Equal(got, want) {
		t.Errorf("docs/man holds %q, want %q; run go generate ./cmd/artext", got, want)
	}
	for _, name := range want {
		fresh, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		old, err := os.ReadFile(filepath.Join(committed, name))
		if err != nil {
			continue // reported above
		}
		if !bytes.Equal(old, fresh) {
			t.Errorf("docs/man/%s is stale; run go generate ./cmd/artext", name)
		}
	}
}

// TestPagesStable makes the pages twice: the same bytes each time.
func TestPagesStable(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	if err := generate(a); err != nil {
		t.Fatal(err)
	}
	if err := generate(b); err != nil {
		t.Fatal(err)
	}
	for _, name := range pages(t, a) {
		x, _ := os.ReadFile(filepath.Join(a, name))
		y, _ := os.ReadFile(filepath.Join(b, name))
		if !bytes.Equal(x, y) {
			t.Errorf("%s differs from one run to the next", name)
		}
	}
}

// TestGenerateReplacesPages leaves no page of a command that is gone, and
// no other file touched.
func TestGenerateReplacesPages(t *testing.T) {
	dir := t.TempDir()
	for name, content := range map[string]string{"artext-gone.1": "old", "README.md": "keep"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := generate(dir); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "artext-gone.1")); err == nil {
		t.Error("the page of a command that is gone is still there")
	}
	if data, err := os.ReadFile(filepath.Join(dir, "README.md")); err != nil || string(data) != "keep" {
		t.Errorf("README.md: %q, %v", data, err)
	}
}

// pages returns the names of the man pages in dir, sorted.
func pages(t *testing.T, dir string) []string {
	t.Helper()
	matches, err := filepath.Glob(filepath.Join(dir, "*.1"))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, m := range matches {
		names = append(names, filepath.Base(m))
	}
	slices.Sort(names)
	return names
}
