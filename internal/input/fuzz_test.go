package input

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/artext/artext/internal/hostile"
)

// fuzzSeeds returns the pages of testdata that seed the fuzzers: the
// golden pages, the charset fixtures and the small hostile inputs.
func fuzzSeeds(f *testing.F) [][]byte {
	var paths []string
	for _, pattern := range []string{"../../testdata/golden/*.html", "../../testdata/charset/*.html"} {
		m, err := filepath.Glob(pattern)
		if err != nil {
			f.Fatal(err)
		}
		paths = append(paths, m...)
	}
	if len(paths) < 10 {
		f.Fatalf("found %d seed pages in testdata, want at least 10", len(paths))
	}
	var seeds [][]byte
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		seeds = append(seeds, data)
	}
	for _, h := range hostile.Files() {
		if !h.Big && h.Name != "nested-divs.html" && h.Name != "bomb.html.gz" {
			seeds = append(seeds, h.Make())
		}
	}
	return seeds
}

// FuzzSniffHTML sniffs arbitrary bytes: SniffHTML must not panic, and
// must not depend on a UTF-8 byte order mark.
func FuzzSniffHTML(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s[:min(len(s), 4096)])
	}
	f.Add([]byte("# Title\n\nSome <b>bold</b> text and <i>more</i> and <u>less</u>.\n"))
	f.Add([]byte("<!-- never closed <html>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		got := SniffHTML(data)
		if !bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) && len(data) < 16<<10-3 {
			if withBOM := SniffHTML(append([]byte("\xef\xbb\xbf"), data...)); withBOM != got {
				t.Errorf("SniffHTML = %v, but %v with a byte order mark", got, withBOM)
			}
		}
	})
}

// FuzzDecodeToUTF8 decodes arbitrary bytes with an arbitrary Content-Type:
// detection must not fail and must give valid UTF-8.
func FuzzDecodeToUTF8(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s[:min(len(s), 8192)], "", true)
	}
	f.Add([]byte("caf\xe9 cr\xe8me"), "text/plain; charset=iso-8859-1", false)
	f.Add([]byte("\xff\xfeh\x00i\x00"), "text/html; charset=utf-8", true)
	f.Add([]byte("<meta charset=utf-16><p>x"), "text/html; charset=x-unknown", true)
	f.Fuzz(func(t *testing.T, data []byte, contentType string, isHTML bool) {
		out, name, err := DecodeToUTF8(data, "", contentType, isHTML)
		if err != nil {
			t.Fatalf("DecodeToUTF8: %v", err)
		}
		if name == "" {
			t.Error("no encoding name")
		}
		if !utf8.Valid(out) {
			t.Errorf("output of %s is not valid UTF-8: %q", name, out)
		}
	})
}
