package siteconfig_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/artext/artext/internal/siteconfig"
	"golang.org/x/net/html"
)

// FuzzConfig parses any text as a site config file and applies it to a
// test page: neither may panic, and every evaluation ends within its
// budget, with matches or an error.
func FuzzConfig(f *testing.F) {
	files, _ := filepath.Glob("testdata/configs/*.txt")
	files = append(files, "testdata/configs/.example.org.txt")
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, expr := range []string{
		"//*//*//*//*[. = 'x']", "count(//*[count(preceding::*) > count(following::*)])", "sum('text')",
		"//p[position() = last()]/ancestor-or-self::*", "string-length(string(/))", "//@*", "/..", "//text()",
		"substring-before(//h1, ' ')", "//*[matches(name(), '^(a+)+$')]", "(//p)[99999999999]", "-//p", "//p | 1",
	} {
		f.Add([]byte("body: " + expr + "\nstrip: " + expr + "\ntitle: " + expr))
	}
	page, err := os.ReadFile("testdata/story.html")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := siteconfig.Parse("fuzz.txt", data)
		if err != nil {
			return // a line longer than the scanner takes
		}
		doc, err := html.Parse(strings.NewReader(string(page)))
		if err != nil {
			t.Fatal(err)
		}
		r := c.ApplyInPlace(doc)
		for _, n := range r.Body {
			if n == nil {
				t.Fatal("a nil body node")
			}
		}
		c.ReplaceIn(page)
	})
}
