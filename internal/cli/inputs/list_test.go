package inputs

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/artext/artext/internal/cli/cmdutil"
	"github.com/artext/artext/internal/warctest"
)

func TestMatchers(t *testing.T) {
	batch, err := BatchMatcher(nil)
	if err != nil {
		t.Fatal(err)
	}
	pages, err := PageMatcher(nil)
	if err != nil {
		t.Fatal(err)
	}
	globs, err := BatchMatcher([]string{"*.htm", "sub/*.txt"})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		path                string
		batch, pages, globs bool
	}{
		{"root/page.html", true, true, false},
		{"root/PAGE.HTML.GZ", true, true, false},
		{"root/notes.txt", true, true, false},
		{"root/crawl.warc", true, false, false},
		{"root/crawl.warc.gz", true, false, false},
		{"root/page.htm", true, true, true},
		{"root/sub/notes.txt", true, true, true},
		{"root/page.json", false, false, false},
	} {
		for _, m := range []struct {
			name string
			m    *Matcher
			want bool
		}{{"batch", batch, tc.batch}, {"pages", pages, tc.pages}, {"globs", globs, tc.globs}} {
			if got := m.m.Match("root", tc.path); got != m.want {
				t.Errorf("%s matcher, %s: %v, want %v", m.name, tc.path, got, m.want)
			}
		}
	}
	if _, err := PageMatcher([]string{"["}); cmdutil.ExitCode(err) != cmdutil.ExitUsage {
		t.Errorf("a bad pattern: error %v, want a usage error", err)
	}
}

func TestFromArgs(t *testing.T) {
	dir := t.TempDir()
	for name, content := range map[string]string{
		"site/b.html":    "<p>b",
		"site/a.html":    "<p>a",
		"site/.hidden/c": "<p>c",
		"site/notes.md":  "not taken",
		"list.txt":       "site/a.html\n\nhttps://example.com/x\n",
	} {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var warc bytes.Buffer
	if err := warctest.WriteSample(&warc, true); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	m, _ := BatchMatcher(nil)
	names := func(l *List) []string {
		var out []string
		for _, in := range l.Inputs {
			out = append(out, filepath.ToSlash(in.Name))
		}
		return out
	}

	l, err := FromArgs([]string{"site", "-"}, Options{Match: m, Stdin: strings.NewReader("<p>page")})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := names(l), []string{"site/a.html", "site/b.html", "-"}; !slices.Equal(got, want) || !l.Several || l.Archives != 0 {
		t.Errorf("inputs %q (several %v, archives %d), want %q", got, l.Several, l.Archives, want)
	}

	l, err = FromArgs(nil, Options{FilesFrom: "list.txt", Match: m})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := names(l), []string{"site/a.html", "https://example.com/x"}; !slices.Equal(got, want) || !l.Inputs[1].IsURL || !l.Several {
		t.Errorf("--files-from: %q, want %q", got, want)
	}
	if _, err := FromArgs([]string{"-"}, Options{FilesFrom: "-", Match: m, Stdin: strings.NewReader("")}); cmdutil.ExitCode(err) != cmdutil.ExitUsage {
		t.Errorf("- twice: error %v, want a usage error", err)
	}

	// A WARC archive on standard input is sniffed through a buffer, which
	// the run then reads from the start.
	l, err = FromArgs([]string{"-"}, Options{Match: m, Stdin: bytes.NewReader(warc.Bytes())})
	if err != nil {
		t.Fatal(err)
	}
	if l.Archives != 1 || !l.Inputs[0].Archive || !l.Several {
		t.Fatalf("standard input not taken for an archive: %+v", l)
	}
	var counts ArchiveCounts
	var records []string
	for in := range l.Expand(context.Background(), 1<<20, &counts) {
		records = append(records, in.Name)
	}
	if len(records) != 7 || counts.Pages() != 7 || len(counts.Skipped()) == 0 {
		t.Errorf("records %q, %d pages, skipped %v", records, counts.Pages(), counts.Skipped())
	}
}
