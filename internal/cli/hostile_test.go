package cli

import (
	"github.com/artext/artext/internal/cli/cmdutil"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/artext/artext/internal/hostile"
)

// checkHostileRun fails t when a run of the command breaks the battery's
// rules: an exit code other than 0, 1 or 3, more than one line on standard
// error, or a panic.
func checkHostileRun(t *testing.T, code int, stderr string) {
	t.Helper()
	if code != cmdutil.ExitOK && code != cmdutil.ExitError && code != cmdutil.ExitNoArticle {
		t.Errorf("exit code %d, want 0, 1 or 3", code)
	}
	if strings.Count(strings.TrimSpace(stderr), "\n") > 0 {
		t.Errorf("standard error has several lines:\n%s", stderr)
	}
	if strings.Contains(stderr, "panic") || strings.Contains(stderr, "goroutine ") || strings.Contains(stderr, "internal error") {
		t.Errorf("standard error shows a crash: %s", stderr)
	}
}

// TestHostileFiles runs the command on each hostile file with the default
// options. The big inputs run with ARTEXT_HOSTILE=all in the environment;
// the time and memory each takes are measured by scripts/hostile.
func TestHostileFiles(t *testing.T) {
	wants := map[string]struct {
		code   int
		stderr string // a regular expression, "" for nothing
	}{
		"empty.html":              {cmdutil.ExitNoArticle, `^artext: empty.html: no article content found$`},
		"whitespace.txt":          {cmdutil.ExitNoArticle, `^artext: whitespace.txt: no article content found$`},
		"image.png":               {cmdutil.ExitError, `^artext: image.png: unsupported content type image/png \(recognised from the content\): want HTML or text$`},
		"document.pdf":            {cmdutil.ExitError, `^artext: document.pdf: unsupported content type application/pdf `},
		"program.elf":             {cmdutil.ExitError, `^artext: program.elf: unsupported content type application/octet-stream `},
		"invalid-utf8.html":       {cmdutil.ExitOK, ""},
		"nul-bytes.html":          {cmdutil.ExitOK, ""},
		"utf16le-bom.html":        {cmdutil.ExitOK, ""},
		"utf16be-bom.html":        {cmdutil.ExitOK, ""},
		"utf16le-nobom.html":      {cmdutil.ExitOK, ""},
		"utf16be-nobom.html":      {cmdutil.ExitOK, ""},
		"nested-divs.html":        {cmdutil.ExitOK, ""},
		"sibling-paragraphs.html": {cmdutil.ExitError, `^artext: sibling-paragraphs.html: page has more than 200000 HTML elements: too complex to extract$`},
		"long-line.txt":           {cmdutil.ExitOK, ""},
		"many-attributes.html":    {cmdutil.ExitOK, ""},
		"big-script.html":         {cmdutil.ExitOK, ""},
		"unclosed-comment.html":   {cmdutil.ExitOK, ""},
		"unclosed-cdata.html":     {cmdutil.ExitOK, ""},
		"bomb.html.gz":            {cmdutil.ExitError, `^artext: bomb.html.gz: reading gzip: input is larger than the limit of 52428800 bytes$`},
	}
	dir := t.TempDir()
	t.Chdir(dir)
	for _, f := range hostile.Files() {
		t.Run(f.Name, func(t *testing.T) {
			want, ok := wants[f.Name]
			if !ok {
				t.Fatal("no expectation for this case")
			}
			if f.Big && os.Getenv("ARTEXT_HOSTILE") != "all" {
				t.Skip("a big input: set ARTEXT_HOSTILE=all to run it")
			}
			if err := os.WriteFile(filepath.Join(dir, f.Name), f.Make(), 0o644); err != nil {
				t.Fatal(err)
			}
			code, stdout, stderr := runArtext(t, nil, "-f", "jsonl", f.Name)
			checkHostileRun(t, code, stderr)
			if code != want.code {
				t.Errorf("exit code %d, want %d (stderr: %s)", code, want.code, stderr)
			}
			if want.stderr == "" && stderr != "" || !regexp.MustCompile(want.stderr).MatchString(strings.TrimSpace(stderr)) {
				t.Errorf("stderr %q, want %q", stderr, want.stderr)
			}
			if code == cmdutil.ExitOK && !strings.Contains(stdout, `"text":`) {
				t.Errorf("no article on standard output: %.200q", stdout)
			}
		})
	}
}

// TestHostileServers fetches each hostile server's page on loopback with
// the default options.
func TestHostileServers(t *testing.T) {
	wants := map[string]struct {
		code   int
		stderr string // a regular expression
	}{
		"redirect-loop": {cmdutil.ExitError, `: stopped after 10 redirects$`},
		"slow":          {cmdutil.ExitError, `: server too slow: \d+ bytes in 5s \(want at least 1024\)$`},
		"gigabytes":     {cmdutil.ExitError, `: input is larger than the limit of 52428800 bytes$`},
		"short-body":    {cmdutil.ExitError, `: unexpected EOF$`},
		"long-body":     {cmdutil.ExitOK, `^$`}, // the page as announced: its first half
		"reset":         {cmdutil.ExitError, `: (read: connection reset by peer|unexpected EOF)$`},
	}
	for _, s := range hostile.Servers() {
		t.Run(s.Name, func(t *testing.T) {
			want, ok := wants[s.Name]
			if !ok {
				t.Fatal("no expectation for this case")
			}
			t.Parallel()
			srv := httptest.NewServer(s.Handler)
			defer srv.Close()
			defer srv.CloseClientConnections()
			code, _, stderr := runArtext(t, nil, "-f", "jsonl", srv.URL+"/")
			checkHostileRun(t, code, stderr)
			if code != want.code {
				t.Errorf("exit code %d, want %d (stderr: %s)", code, want.code, stderr)
			}
			if !regexp.MustCompile(want.stderr).MatchString(strings.TrimSpace(stderr)) {
				t.Errorf("stderr %q, want %q", stderr, want.stderr)
			}
		})
	}
}
