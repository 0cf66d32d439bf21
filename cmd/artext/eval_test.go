package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEvalMinF1ExitCode runs eval in-process with a bar above and below
// the F1 of a one-page set, and wants exit codes 0 and 1.
func TestEvalMinF1ExitCode(t *testing.T) {
	dir := t.TempDir()
	page := `<!DOCTYPE html><html><body><article>
<p>The first paragraph of the article tells what happened, where it happened and when.</p>
<p>The second paragraph adds what people said about it, and what will happen next week.</p>
<p>The third paragraph ends the article with a short note on the history of the place.</p>
</article></body></html>`
	cases := `[{"file": "a.html", "with": ["what happened", "not on the page"], "without": []}]`
	for name, content := range map[string]string{"html/a.html": page, "cases.json": cases} {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// One with snippet of two is found: F1 = 2/3.
	tests := []struct {
		bar  string
		code int
	}{
		{"0.6", exitOK},
		{"0.7", exitError},
	}
	for _, tt := range tests {
		var out, errOut bytes.Buffer
		code := run([]string{"eval", "--min-f1", tt.bar, filepath.Join(dir, "cases.json")}, &streams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut})
		if code != tt.code {
			t.Errorf("--min-f1 %s: exit code %d, want %d (stderr %q)", tt.bar, code, tt.code, errOut.String())
		}
		if !strings.Contains(out.String(), "f1         0.6667") {
			t.Errorf("--min-f1 %s: report lacks the F1:\n%s", tt.bar, out.String())
		}
	}
}
