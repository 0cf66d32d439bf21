// Package devpages loads the pages of a WCXB set parsed, for the tests that
// measure the page-type classifier and the content strategies on the
// benchmark's development split (../shared/eval/wcxb/dev), which is not
// part of the repository.
package devpages

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/artext/artext/extract/eval"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// Dir is the dev split's folder, relative to the module's root.
const Dir = "shared/eval/wcxb/dev"

// Page is a page of the set with its parsed document.
type Page struct {
	eval.Page
	// Raw is the page's HTML as saved, gunzipped.
	Raw []byte
	// Doc is the page parsed with scripting off, so that the content of
	// <noscript> is elements, as a crawler sees it.
	Doc *html.Node
	// URL is the page's address parsed; nil when it has none.
	URL *url.URL
	// Odd reports whether the page's numeric id is odd: the half the
	// classifier and the strategies are tuned on.
	Odd bool
}

// Find returns the dev split's folder seen from a package folder of the
// module, or skips t when it is absent.
func Find(t testing.TB) string {
	t.Helper()
	for _, up := range []string{"../../..", "../..", ".."} {
		dir := filepath.Join(up, Dir)
		if eval.IsWCXB(dir) {
			return dir
		}
	}
	t.Skip("the WCXB dev split (../shared/eval/wcxb/dev) is absent")
	return ""
}

// Load reads and parses every page of the WCXB set in dir.
func Load(t testing.TB, dir string) []Page {
	t.Helper()
	set, err := eval.LoadWCXB(dir)
	if err != nil {
		t.Fatal(err)
	}
	pages := make([]Page, 0, len(set.Pages))
	for _, p := range set.Pages {
		raw, err := ReadFile(p.Path)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := Parse(raw)
		if err != nil {
			t.Fatalf("%s: %v", p.Path, err)
		}
		id, _ := strconv.Atoi(p.ID)
		u, _ := url.Parse(p.URL)
		if p.URL == "" {
			u = nil
		}
		pages = append(pages, Page{Page: p, Raw: raw, Doc: doc, URL: u, Odd: id%2 == 1})
	}
	return pages
}

// ReadFile returns the content of a page file, gunzipped when it ends in .gz.
func ReadFile(path string) ([]byte, error) {
	data, err := os.ReadFile(path)
	if err != nil || filepath.Ext(path) != ".gz" {
		return data, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}

// Parse decodes raw HTML to UTF-8 by its declared or sniffed charset and
// parses it with scripting off.
func Parse(raw []byte) (*html.Node, error) {
	r, err := charset.NewReader(bytes.NewReader(raw), "text/html")
	if err != nil {
		return nil, err
	}
	return html.ParseWithOptions(r, html.ParseOptionEnableScripting(false))
}
