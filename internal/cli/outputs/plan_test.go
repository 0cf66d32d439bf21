package outputs

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/artext/artext/extract"
	"github.com/artext/artext/internal/cli/inputs"
)

func TestURLOutputPath(t *testing.T) {
	long := strings.Repeat("word-", 30)
	for _, tc := range []struct{ url, want string }{
		{"https://example.com/news/story.html", "example.com/news/story.md"},
		{"https://Example.COM/news/story", "example.com/news/story.md"},
		{"https://example.com/news/", "example.com/news/index.md"},
		{"https://example.com", "example.com/index.md"},
		{"http://example.com:8080/a", "example.com_8080/a.md"},
		{"https://example.com/list?page=2", "example.com/list-" + shortHash("page=2") + ".md"},
		{"https://example.com/a/../../../etc/passwd", "example.com/etc/passwd.md"},
		{"https://example.com/%2e%2e/%2E%2E/x", "example.com/x.md"},
		{"https://example.com/.git/config", "example.com/_git/config.md"},
		{"https://example.com/a b/c:d*e", "example.com/a_b/c_d_e.md"},
		{"https://example.com/ümlaut/日本", "example.com/ümlaut/日本.md"},
		{"https://example.com/v1.2", "example.com/v1.2.md"},
		{"https://example.com/" + long, "example.com/" + long[:91] + "-" + shortHash(long) + ".md"},
		{"https://user:pw@example.com/x", "example.com/x.md"},
	} {
		got := URLPath(tc.url, ".md", false)
		if got != tc.want {
			t.Errorf("URLPath(%q) = %q, want %q", tc.url, got, tc.want)
		}
		if !filepath.IsLocal(got) {
			t.Errorf("URLPath(%q) = %q is not a local path", tc.url, got)
		}
	}
	if got := URLPath("https://example.com/story.html", ".md", true); got != "example.com/story.html.md" {
		t.Errorf("keeping the extension: %q", got)
	}
}

func TestTrimExtensions(t *testing.T) {
	for in, want := range map[string]string{
		"page.html":     "page",
		"page.html.gz":  "page",
		"page.HTML.GZ":  "page",
		"a/b.c/page":    "a/b.c/page",
		".profile":      ".profile",
		"notes.txt":     "notes",
		"archive.tar.x": "archive.tar",
	} {
		if got := TrimExtensions(in); got != want {
			t.Errorf("TrimExtensions(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPlanOutputs(t *testing.T) {
	dir := t.TempDir()
	in := func(name string) inputs.Input {
		abs := filepath.Join(dir, name)
		return inputs.Input{Name: abs, Root: filepath.Dir(abs)}
	}
	ins := []inputs.Input{
		in("site/a/page.html"),
		in("site/b/page.html"),
		in("site/b/page.htm"),
		{Name: "https://example.com/story", IsURL: true},
		{Name: "-"},
	}
	out := filepath.Join(dir, "out")
	Plan(ins, out, extract.FormatText)
	want := []string{"a/page.txt", "b/page.html.txt", "b/page.htm.txt", "example.com/story.txt", "stdin.txt"}
	for i, w := range want {
		if got := ins[i].Output; got != filepath.Join(out, w) || ins[i].Err != nil {
			t.Errorf("%s: output %q (%v), want %q", ins[i].Name, got, ins[i].Err, filepath.Join(out, w))
		}
	}
}

func TestWriteBelowStaysInside(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	outside := filepath.Join(dir, "outside")
	for _, d := range []string{out, outside} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	victim := filepath.Join(outside, "victim.txt")
	if err := os.WriteFile(victim, []byte("keep me"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(out, "link")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if err := os.Symlink(victim, filepath.Join(out, "file.txt")); err != nil {
		t.Fatal(err)
	}

	if err := WriteBelow(out, filepath.Join(out, "link", "x.txt"), []byte("new")); err == nil || !strings.Contains(err.Error(), "symbolic link") {
		t.Errorf("writing through a linked folder: err = %v, want a refusal", err)
	}
	if err := WriteBelow(out, filepath.Join(out, "..", "outside", "x.txt"), []byte("new")); err == nil {
		t.Error("writing outside: no error")
	}
	// A link where the file goes is replaced, not written through.
	if err := WriteBelow(out, filepath.Join(out, "file.txt"), []byte("new")); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(victim); string(b) != "keep me" {
		t.Errorf("the link's target was written: %q", b)
	}
	if st, err := os.Lstat(filepath.Join(out, "file.txt")); err != nil || !st.Mode().IsRegular() {
		t.Errorf("the link was not replaced by a file: %v %v", st, err)
	}
	if _, err := os.Stat(filepath.Join(outside, "x.txt")); err == nil {
		t.Error("a file was written outside the output folder")
	}
}
