package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/artext/artext/internal/cli/cmdutil"
	"github.com/artext/artext/internal/warctest"
)

// writeArchive writes a .warc.gz of n pages, titled "Page 0"..., in a new
// folder, and returns its path.
func writeArchive(t *testing.T, n int) string {
	t.Helper()
	var buf bytes.Buffer
	w := warctest.NewWriter(&buf, true)
	for i := range n {
		title := fmt.Sprintf("Page %d", i)
		block := warctest.HTTPResponse(200, warctest.ArticlePage(title), "Content-Type", "text/html")
		if err := w.Write(warctest.Record{URI: fmt.Sprintf("https://example.com/%d", i), Block: block}); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(t.TempDir(), "crawl.warc.gz")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestArchiveJobs checks that the pages of one archive come out in the
// archive's order, the same with one worker as with several.
func TestArchiveJobs(t *testing.T) {
	archive := writeArchive(t, 40)
	code, want, _ := runArtext(t, nil, "-f", "jsonl", "-q", "-j", "1", archive)
	if code != cmdutil.ExitOK {
		t.Fatalf("-j 1: exit %d", code)
	}
	titles := regexp.MustCompile(`"title":"Page (\d+)"`).FindAllStringSubmatch(want, -1)
	if len(titles) != 40 {
		t.Fatalf("-j 1: %d pages, want 40", len(titles))
	}
	for i, m := range titles {
		if m[1] != fmt.Sprint(i) {
			t.Fatalf("-j 1: page %s in place %d", m[1], i)
		}
	}
	for _, jobs := range []string{"2", "4"} {
		code, got, _ := runArtext(t, nil, "-f", "jsonl", "-q", "-j", jobs, archive)
		if code != cmdutil.ExitOK || got != want {
			t.Errorf("-j %s: exit %d, output differs from -j 1", jobs, code)
		}
	}
}

func TestArchiveFailFast(t *testing.T) {
	var buf bytes.Buffer
	if err := warctest.WriteSample(&buf, true); err != nil {
		t.Fatal(err)
	}
	archive := filepath.Join(t.TempDir(), "crawl.warc.gz")
	if err := os.WriteFile(archive, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runArtext(t, nil, "-f", "jsonl", "--fail-fast", archive)
	if code != cmdutil.ExitError {
		t.Errorf("exit %d, want %d", code, cmdutil.ExitError)
	}
	if strings.Contains(out, "After the break") {
		t.Errorf("the page after the broken record was written:\n%s", out)
	}
	if !strings.Contains(errOut, "https://example.com/cut: broken WARC record") {
		t.Errorf("standard error does not name the broken record:\n%s", errOut)
	}
}

func TestArchiveMissing(t *testing.T) {
	dir := t.TempDir()
	archive := writeArchive(t, 2)
	code, out, errOut := runArtext(t, nil, "-f", "jsonl", archive, filepath.Join(dir, "missing.html"))
	if code != cmdutil.ExitError {
		t.Errorf("exit %d, want %d", code, cmdutil.ExitError)
	}
	if n := strings.Count(out, "\n"); n != 3 {
		t.Errorf("%d lines, want 3:\n%s", n, out)
	}
	if !strings.Contains(errOut, "3 inputs: 2 done, 0 empty, 1 failed in") {
		t.Errorf("summary:\n%s", errOut)
	}
}

// TestArchiveProgress checks that a run over an archive, whose number of
// pages is not known, shows a count on a terminal.
func TestArchiveProgress(t *testing.T) {
	archive := writeArchive(t, 30)
	s := cmdutil.Streams{ErrIsTerminal: true, NoColor: true}
	code, _, stderr := runArtext(t, &s, "-f", "jsonl", archive)
	if code != cmdutil.ExitOK {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	if !strings.Contains(stderr, "extracting") || !strings.Contains(stderr, "30 inputs: 30 done") {
		t.Errorf("no progress, or no summary:\n%q", stderr)
	}
}
