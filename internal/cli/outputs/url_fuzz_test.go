package outputs

import (
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzURLOutputPath checks that no URL makes an output path that leaves
// the output folder, is hidden, or has an empty or over-long part.
func FuzzURLOutputPath(f *testing.F) {
	for _, seed := range []string{
		"https://example.com/news/story.html",
		"https://example.com/a/../../../etc/passwd",
		"https://example.com/%2e%2e/%2E%2E/x",
		"http://example.com:8080/.git/config?x=1",
		"https://example.com//double//slash/",
		"https://[::1]:80/a%00b",
		"https://example.com/" + strings.Repeat("ü", 80),
		"not a url at all",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, rawURL string) {
		for _, keepExt := range []bool{false, true} {
			p := URLPath(rawURL, ".json", keepExt)
			if !filepath.IsLocal(p) {
				t.Fatalf("URLPath(%q) = %q: not a local path", rawURL, p)
			}
			for _, part := range strings.Split(p, "/") {
				if part == "" || strings.HasPrefix(part, ".") || len(part) > maxSegment+len(".json") {
					t.Fatalf("URLPath(%q) = %q: bad part %q", rawURL, p, part)
				}
				if !utf8.ValidString(part) || strings.ContainsAny(part, "\\:*?\"<>|\x00") {
					t.Fatalf("URLPath(%q) = %q: unsafe part %q", rawURL, p, part)
				}
			}
		}
	})
}
