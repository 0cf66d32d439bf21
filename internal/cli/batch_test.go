package cli

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/artext/artext/internal/cli/cmdutil"
	"github.com/artext/artext/internal/cli/version"
)

// articlePage is a page that holds an article titled title.
func articlePage(title string) string {
	return `<!DOCTYPE html><html><head><title>` + title + `</title></head><body><article>
<p>` + title + ` is a page served by a test server on the loopback interface, for the command's tests.</p>
<p>A second paragraph gives readability enough prose to believe that this page holds an article.</p>
<p>A third paragraph closes the article, as articles tend to end with a paragraph of their own.</p>
</article></body></html>`
}

// testBuild is the build the tests run as: a release, so that the
// User-Agent carries its version.
var testBuild = version.Build{Version: "v1.4.0"}

// runArtext runs the command in-process and returns its exit code, standard
// output and standard error.
func runArtext(t *testing.T, s *cmdutil.Streams, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	if s == nil {
		s = &cmdutil.Streams{}
	}
	if s.In == nil {
		s.In = strings.NewReader("")
	}
	s.Out, s.ErrOut = &out, &errOut
	code := Run(args, s, testBuild)
	return code, out.String(), errOut.String()
}

// shortHash is the first 8 hex digits of the SHA-256 of s, as a URL's
// query names its output file.
func shortHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:4])
}

// writePages writes files of the given names and contents in a new folder.
func writePages(t *testing.T, pages map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range pages {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestBatchExitCodes(t *testing.T) {
	dir := writePages(t, map[string]string{
		"good.html":  articlePage("Good"),
		"good2.html": articlePage("Good too"),
		"empty.html": `<html><body><img src="photo.jpg"></body></html>`,
	})
	p := func(name string) string { return filepath.Join(dir, name) }
	for _, tc := range []struct {
		name string
		args []string
		want int
	}{
		{"all done", []string{p("good.html"), p("good2.html")}, cmdutil.ExitOK},
		{"one empty", []string{p("good.html"), p("empty.html")}, cmdutil.ExitNoArticle},
		{"one failed, one empty", []string{p("missing.html"), p("empty.html"), p("good.html")}, cmdutil.ExitError},
		{"one failed, fail-fast", []string{"--fail-fast", p("missing.html"), p("good.html")}, cmdutil.ExitError},
		{"json to stdout", []string{"-f", "json", p("good.html"), p("good2.html")}, cmdutil.ExitUsage},
		{"single empty", []string{p("empty.html")}, cmdutil.ExitNoArticle},
		{"single missing", []string{p("missing.html")}, cmdutil.ExitError},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := tc.args
			if args[0] != "-f" {
				args = append([]string{"-f", "jsonl"}, args...)
			}
			if code, _, stderr := runArtext(t, nil, args...); code != tc.want {
				t.Errorf("exit code %d, want %d; stderr:\n%s", code, tc.want, stderr)
			}
		})
	}
}

func TestBatchURLs(t *testing.T) {
	var userAgent atomic.Value
	var flaky atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		userAgent.Store(r.UserAgent())
		switch r.URL.Path {
		case "/missing":
			http.NotFound(w, r)
		case "/report.pdf":
			w.Header().Set("Content-Type", "application/pdf")
			fmt.Fprint(w, "%PDF-1.7")
		case "/flaky":
			if flaky.Add(1) == 1 {
				w.Header().Set("Retry-After", "0")
				http.Error(w, "slow down", http.StatusTooManyRequests)
				return
			}
			fmt.Fprint(w, articlePage("Flaky"))
		default:
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, articlePage(strings.Trim(r.URL.Path, "/")))
		}
	}))
	defer srv.Close()

	code, stdout, stderr := runArtext(t, nil, "-f", "jsonl", "-j", "3",
		srv.URL+"/first", srv.URL+"/missing", srv.URL+"/report.pdf", srv.URL+"/second")
	lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
	want := []string{
		`^\{"schema_version":1,"title":"first",.*"url":"` + srv.URL + `/first",.*"source":\{"name":"` + srv.URL + `/first","format":"html","charset":"utf-8"\}\}$`,
		`^\{"schema_version":1,"source":\{"name":"` + srv.URL + `/missing"\},"error":"HTTP 404 Not Found"\}$`,
		`^\{"schema_version":1,"source":\{"name":"` + srv.URL + `/report.pdf"\},"error":"unsupported content type application/pdf: want HTML or text"\}$`,
		`^\{"schema_version":1,"title":"second",`,
	}
	if len(lines) != len(want) {
		t.Fatalf("%d lines, want %d:\n%s", len(lines), len(want), stdout)
	}
	for i, w := range want {
		if !regexp.MustCompile(w).MatchString(lines[i]) {
			t.Errorf("line %d:\n%s\nwant it to match %s", i+1, lines[i], w)
		}
	}
	if code != cmdutil.ExitError || !strings.Contains(stderr, "artext: "+srv.URL+"/missing: HTTP 404 Not Found\n") {
		t.Errorf("exit code %d, stderr:\n%s\nwant 1 and the 404 named", code, stderr)
	}
	if ua := userAgent.Load().(string); ua != "artext/v1.4.0" {
		t.Errorf("User-Agent %q, want artext/v1.4.0, the build's version", ua)
	}

	// --retries and --user-agent.
	code, stdout, stderr = runArtext(t, nil, "-f", "text", "--retries", "1", "--user-agent", "tester/2", srv.URL+"/flaky")
	if code != cmdutil.ExitOK || !strings.HasPrefix(stdout, "Flaky is a page") {
		t.Errorf("--retries 1: exit code %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	if ua := userAgent.Load(); ua != "tester/2" {
		t.Errorf("User-Agent %q, want tester/2", ua)
	}

	// --max-bytes applies to what is downloaded.
	code, _, stderr = runArtext(t, nil, "--max-bytes", "100", srv.URL+"/first")
	if want := "artext: " + srv.URL + "/first: input is larger than the limit of 100 bytes\n"; code != cmdutil.ExitError || stderr != want {
		t.Errorf("--max-bytes: exit code %d, stderr %q, want 1 and %q", code, stderr, want)
	}
}

func TestBatchTimeout(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done()
	}))
	defer srv.Close()
	code, _, stderr := runArtext(t, nil, "--timeout", "50ms", srv.URL+"/slow")
	if want := "artext: " + srv.URL + "/slow: timed out after 50ms\n"; code != cmdutil.ExitError || stderr != want {
		t.Errorf("exit code %d, stderr %q, want 1 and %q", code, stderr, want)
	}
}

func TestBatchURLOutputFiles(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, articlePage("Page"))
	}))
	defer srv.Close()
	out := t.TempDir()
	code, _, stderr := runArtext(t, nil, "-f", "markdown", "-q", "-o", out,
		srv.URL+"/news/story.html", srv.URL+"/news/", srv.URL+"/list?page=2", srv.URL+"/../../etc/passwd")
	if code != cmdutil.ExitOK {
		t.Fatalf("exit code %d, stderr:\n%s", code, stderr)
	}
	host := strings.ReplaceAll(strings.TrimPrefix(srv.URL, "http://"), ":", "_")
	for _, name := range []string{"news/story.md", "news/index.md", "list-" + shortHash("page=2") + ".md", "etc/passwd.md"} {
		if _, err := os.Stat(filepath.Join(out, host, name)); err != nil {
			t.Errorf("%v", err)
		}
	}
}

func TestProgressBar(t *testing.T) {
	dir := writePages(t, map[string]string{
		"a.html": articlePage("A"),
		"b.html": articlePage("B"),
		"c.html": `<html><body></body></html>`,
	})
	for _, tc := range []struct {
		name     string
		streams  cmdutil.Streams
		args     []string
		wantBar  bool
		wantANSI bool
	}{
		{"terminal", cmdutil.Streams{ErrIsTerminal: true}, nil, true, true},
		{"terminal, NO_COLOR", cmdutil.Streams{ErrIsTerminal: true, NoColor: true}, nil, true, false},
		{"terminal, --quiet", cmdutil.Streams{ErrIsTerminal: true}, []string{"--quiet"}, false, false},
		{"not a terminal", cmdutil.Streams{}, nil, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := tc.streams
			args := append([]string{"-f", "jsonl", dir}, tc.args...)
			_, _, stderr := runArtext(t, &s, args...)
			if got := strings.Contains(stderr, "extracting"); got != tc.wantBar {
				t.Errorf("bar shown: %v, want %v; stderr:\n%q", got, tc.wantBar, stderr)
			}
			if got := strings.Contains(stderr, "\x1b["); got != tc.wantANSI {
				t.Errorf("colour codes: %v, want %v; stderr:\n%q", got, tc.wantANSI, stderr)
			}
			if !strings.Contains(stderr, "c.html: no article content found\n") {
				t.Errorf("the empty page is not reported on a line of its own:\n%q", stderr)
			}
		})
	}
}

// TestDocTimeoutRunGoesOn gives every input a time limit it cannot meet:
// each is reported failed, and the run goes through all of them.
func TestDocTimeoutRunGoesOn(t *testing.T) {
	dir := writePages(t, map[string]string{
		"a.html": articlePage("Alpha"),
		"b.html": articlePage("Beta"),
		"c.html": articlePage("Gamma"),
	})
	code, stdout, stderr := runArtext(t, nil, "-f", "jsonl", "--doc-timeout", "1ns", dir)
	if code != cmdutil.ExitError {
		t.Errorf("exit code %d, want %d", code, cmdutil.ExitError)
	}
	if n := strings.Count(stderr, "extraction took longer than 1ns (--doc-timeout)"); n != 3 {
		t.Errorf("%d inputs timed out, want 3; stderr:\n%s", n, stderr)
	}
	if n := strings.Count(stdout, `"error":`); n != 3 {
		t.Errorf("%d failure lines on standard output, want 3:\n%s", n, stdout)
	}
	if !strings.Contains(stderr, filepath.Join(dir, "c.html")+": extraction took longer") {
		t.Errorf("the last input was not reached:\n%s", stderr)
	}
}
