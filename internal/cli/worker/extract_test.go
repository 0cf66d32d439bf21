package worker

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/artext/artext/extract"
	"github.com/artext/artext/internal/batch"
	"github.com/artext/artext/internal/cli/cmdutil"
	"github.com/artext/artext/internal/cli/inputs"
)

const page = `<!DOCTYPE html><html><head><title>Worker</title></head><body><article>
<p>The worker reads a page, extracts its article and renders it, for a batch and for fixtures.</p>
<p>A second paragraph gives readability enough prose to believe that this page holds an article.</p>
<p>A third paragraph closes the article, as articles tend to end with a paragraph of their own.</p>
</article></body></html>`

// newExtractor returns the Extractor of the default settings changed by
// change.
func newExtractor(t *testing.T, change func(*Settings)) *Extractor {
	t.Helper()
	s := DefaultSettings("test/1")
	if change != nil {
		change(&s)
	}
	x, err := New(s)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestNewRefusesBadSettings(t *testing.T) {
	for name, change := range map[string]func(*Settings){
		"format":       func(s *Settings) { s.Format = "docx" },
		"input format": func(s *Settings) { s.InputFormat = "pdf" },
		"jobs":         func(s *Settings) { s.Jobs = -1 },
		"retries":      func(s *Settings) { s.Retries = -2 },
		"mode":         func(s *Settings) { s.Mode = cmdutil.ModeFlags{Precision: true, Recall: true} },
	} {
		s := DefaultSettings("test/1")
		change(&s)
		_, err := New(s)
		if cmdutil.ExitCode(err) != cmdutil.ExitUsage {
			t.Errorf("%s: error %v, want a usage error", name, err)
		}
	}
}

// TestExtractNamesTheFile reads a page whose name (its source.name) is not
// its path, as a fixture's page is: the article has the name, an error
// names the path.
func TestExtractNamesTheFile(t *testing.T) {
	path := writeFile(t, "page.html", page)
	x := newExtractor(t, nil)
	a, err := x.Extract(context.Background(), inputs.Input{Name: "sub/page.html", Path: path, URL: "https://example.com/page"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Source.Name != "sub/page.html" || a.URL != "https://example.com/page" {
		t.Errorf("source.name %q, url %q; want the input's name and URL", a.Source.Name, a.URL)
	}

	x = newExtractor(t, func(s *Settings) { s.MaxBytes = 100 })
	_, err = x.Extract(context.Background(), inputs.Input{Name: "sub/page.html", Path: path})
	var ie *extract.InputError
	var tl *extract.TooLargeError
	if !errors.As(err, &ie) || ie.Name != path || !errors.As(err, &tl) {
		t.Fatalf("error %#v, want an *extract.InputError naming %s around a *TooLargeError", err, path)
	}
	if want := path + ": input is larger than the limit of 100 bytes"; err.Error() != want {
		t.Errorf("error %q, want %q", err, want)
	}
}

func TestExtractDocTimeout(t *testing.T) {
	path := writeFile(t, "page.html", page)
	x := newExtractor(t, func(s *Settings) { s.DocTimeout = time.Nanosecond })
	_, err := x.Extract(context.Background(), inputs.Input{Name: path})
	var te *batch.TimeoutError
	if !errors.As(err, &te) {
		t.Fatalf("error %v, want a *batch.TimeoutError", err)
	}
	if want := path + ": extraction took longer than 1ns (--doc-timeout)"; err.Error() != want {
		t.Errorf("error %q, want %q", err, want)
	}
}

func TestProcess(t *testing.T) {
	good := writeFile(t, "good.html", page)
	empty := writeFile(t, "empty.html", `<html><body><img src="photo.jpg"></body></html>`)
	x := newExtractor(t, func(s *Settings) { s.Format = "text" })
	ctx := context.Background()

	out := x.Process(ctx, inputs.Input{Name: good})
	if out.Kind != Done || !strings.HasPrefix(string(out.Data), "The worker reads a page") {
		t.Errorf("good page: %v, %q, %v", out.Kind, out.Data, out.Err)
	}
	out = x.Process(ctx, inputs.Input{Name: empty})
	if out.Kind != Empty || !errors.Is(out.Err, extract.ErrNoContent) || out.Err.Error() != empty+": no article content found" {
		t.Errorf("empty page: %v, %v", out.Kind, out.Err)
	}
	listed := errors.New("cannot read this folder")
	out = x.Process(ctx, inputs.Input{Name: "dir", Err: listed})
	if out.Kind != Failed || !errors.Is(out.Err, listed) || out.Err.Error() != "dir: cannot read this folder" {
		t.Errorf("input that failed when listed: %v, %v", out.Kind, out.Err)
	}

	// Written below the -o folder, then skipped with --skip-existing.
	dir := t.TempDir()
	in := inputs.Input{Name: good, Output: filepath.Join(dir, "good.txt"), OutputDir: dir}
	if out = x.Process(ctx, in); out.Kind != Done || out.Data != nil {
		t.Fatalf("-o DIR: %v, %q, %v", out.Kind, out.Data, out.Err)
	}
	if data, err := os.ReadFile(in.Output); err != nil || !strings.HasPrefix(string(data), "The worker reads") {
		t.Errorf("output file: %q, %v", data, err)
	}
	x.SkipExisting = true
	if out = x.Process(ctx, in); out.Kind != Skipped {
		t.Errorf("--skip-existing: %v, want skipped", out.Kind)
	}
}
