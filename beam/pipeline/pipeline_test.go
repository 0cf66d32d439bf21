package pipeline

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	_ "github.com/artext/artext/internal/golden"
	"github.com/artext/artext/internal/warctest"
)

// TestMain runs the pipelines of the tests on the prism runner, in-process.
func TestMain(m *testing.M) {
	ptest.Main(m)
}

// writeInputs writes the inputs of the end-to-end test in the folder in:
// the sample archive compressed and not, a page, and JSON Lines of pages.
func writeInputs(t *testing.T, in string) {
	t.Helper()
	if err := os.MkdirAll(in, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, compress := range map[string]bool{"crawl.warc.gz": true, "plain.warc": false} {
		var buf bytes.Buffer
		if err := warctest.WriteSample(&buf, compress); err != nil {
			t.Fatal(err)
		}
		writeTestFile(t, filepath.Join(in, name), buf.Bytes())
	}
	writeTestFile(t, filepath.Join(in, "page.html"), []byte(warctest.ArticlePage("A page of its own")))
	writeTestFile(t, filepath.Join(in, "page2.html.gz"), warctest.Gzip(warctest.ArticlePage("A compressed page")))
	writeTestFile(t, filepath.Join(in, "more.jsonl.gz"), warctest.Gzip(`{"url": "https://jsonl.example/gz", "html": "<p>Compressed lines</p>"}`+"\n"))
	var jsonl bytes.Buffer
	enc := json.NewEncoder(&jsonl)
	enc.Encode(map[string]string{"url": "https://jsonl.example/one", "html": warctest.ArticlePage("From a line")})
	jsonl.WriteString("\n") // a blank line is skipped
	enc.Encode(map[string]string{"url": "https://jsonl.example/empty", "html": "<html><body></body></html>"})
	jsonl.WriteString("not json\n")
	writeTestFile(t, filepath.Join(in, "pages.jsonl"), jsonl.Bytes())
}

func writeTestFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// readLines returns the lines of the files that match pattern.
func readLines(t *testing.T, pattern string) []string {
	t.Helper()
	files, err := filepath.Glob(pattern)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(bytes.NewReader(data))
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			lines = append(lines, sc.Text())
		}
	}
	return lines
}

// runCLI builds the artext command of the repository and runs it with
// args, returning the lines of its standard output.
func runCLI(t *testing.T, args ...string) []string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "artext")
	build := exec.Command("go", "build", "-o", bin, "./cmd/artext")
	build.Dir = "../.."
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building artext: %v\n%s", err, out)
	}
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(bin, args...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); err != nil && (!ok || ee.ExitCode() != 1) {
		t.Fatalf("artext %s: %v\n%s", strings.Join(args, " "), err, stderr.Bytes())
	}
	return strings.Split(strings.TrimSuffix(stdout.String(), "\n"), "\n")
}

// TestPipeline runs the pipeline on the prism runner over WARC archives
// (with pages, a redirect, an image, a page without an article and a
// broken record), a page and JSON Lines, and checks that its lines for the
// archives and the page are those of artext -f jsonl over the same files,
// and that the counts add up.
func TestPipeline(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	writeInputs(t, in)
	want := runCLI(t, "-f", "jsonl", "-q",
		filepath.Join(in, "crawl.warc.gz"), filepath.Join(in, "plain.warc"),
		filepath.Join(in, "page.html"), filepath.Join(in, "page2.html.gz"))
	slices.Sort(want)
	if len(want) != 7+6+2 {
		t.Fatalf("artext wrote %d lines, want 15", len(want))
	}
	for _, reshuffle := range []bool{false, true} {
		t.Run(fmt.Sprintf("reshuffle=%v", reshuffle), func(t *testing.T) {
			testPipeline(t, in, filepath.Join(dir, fmt.Sprint(reshuffle), "articles"), reshuffle, want)
		})
	}
}

func testPipeline(t *testing.T, in, prefix string, reshuffle bool, want []string) {
	const shards = 3
	p, s := beam.NewPipelineWithRoot()
	if err := Build(s, Config{Input: filepath.Join(in, "*"), Output: prefix, Shards: shards, ReshufflePages: reshuffle}); err != nil {
		t.Fatal(err)
	}
	if err := ptest.Run(p); err != nil {
		t.Fatal(err)
	}

	got := readLines(t, prefix+"-*-of-*.jsonl")
	var fromJSONL, fromFiles []string
	for _, l := range got {
		if strings.Contains(l, `"name":"https://jsonl.example/`) || strings.Contains(l, `pages.jsonl:`) {
			fromJSONL = append(fromJSONL, l)
		} else {
			fromFiles = append(fromFiles, l)
		}
	}
	slices.Sort(fromFiles)
	if !slices.Equal(fromFiles, want) {
		t.Errorf("the pipeline's lines differ from artext's:\n%s", diffLines(fromFiles, want))
	}

	// The lines of the JSON Lines input, in any order.
	wantJSONL := []string{
		`"title":"From a line","url":"https://jsonl.example/one"`,
		`{"schema_version":1,"source":{"name":"https://jsonl.example/empty"},"error":"no article content found"}`,
		fmt.Sprintf(`{"schema_version":1,"source":{"name":"%s:4"},"error":"not a JSON object of url and html"}`, filepath.Join(in, "pages.jsonl")),
		`"url":"https://jsonl.example/gz"`,
	}
	if len(fromJSONL) != len(wantJSONL) {
		t.Errorf("lines from JSON Lines:\n%s\nwant %d", strings.Join(fromJSONL, "\n"), len(wantJSONL))
	}
	for _, w := range wantJSONL {
		if !slices.ContainsFunc(fromJSONL, func(l string) bool { return strings.Contains(l, w) }) {
			t.Errorf("no line from JSON Lines has %s", w)
		}
	}

	// The counts: one line per shard written, adding up to the lines.
	var total ShardCounts
	for _, l := range readLines(t, CountsName(prefix)) {
		var c ShardCounts
		if err := json.Unmarshal([]byte(l), &c); err != nil {
			t.Fatal(err)
		}
		n := len(readLines(t, filepath.Join(filepath.Dir(prefix), c.Shard)))
		if n != c.Extracted+c.Empty+c.Failed {
			t.Errorf("%s: %d lines, counted %+v", c.Shard, n, c)
		}
		total.Extracted += c.Extracted
		total.Empty += c.Empty
		total.Failed += c.Failed
	}
	// Extracted: 5+4 from the archives, 2 pages, 2 lines; empty: 2 in the
	// archives, a line; failed: 2 broken records, a line.
	if want := (ShardCounts{Extracted: 13, Empty: 3, Failed: 3}); total != want {
		t.Errorf("counts add up to %+v, want %+v", total, want)
	}
}

// diffLines shows the lines only in got and only in want.
func diffLines(got, want []string) string {
	var b strings.Builder
	for _, l := range got {
		if !slices.Contains(want, l) {
			fmt.Fprintf(&b, "only in the pipeline's: %.300s\n", l)
		}
	}
	for _, l := range want {
		if !slices.Contains(got, l) {
			fmt.Fprintf(&b, "only in artext's:       %.300s\n", l)
		}
	}
	return b.String()
}
