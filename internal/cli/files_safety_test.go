package cli

import (
	"github.com/artext/artext/internal/cli/cmdutil"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestStandardInputIsOutput refuses -o naming the file that standard input
// reads: artext -o page.html < page.html.
func TestStandardInputIsOutput(t *testing.T) {
	page := articlePage("Standard input")
	dir := writePages(t, map[string]string{"page.html": page})
	path := filepath.Join(dir, "page.html")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	code, stdout, stderr := runArtext(t, &cmdutil.Streams{In: f}, "-f", "text", "-o", path)
	if code != cmdutil.ExitError {
		t.Errorf("exit code %d, want %d", code, cmdutil.ExitError)
	}
	if want := "output " + path + " is the input: refusing to overwrite it"; !strings.Contains(stderr, want) || stdout != "" {
		t.Errorf("stderr %q, want %q", stderr, want)
	}
	if got, _ := os.ReadFile(path); string(got) != page {
		t.Errorf("the input was changed: %.100q", got)
	}
}
