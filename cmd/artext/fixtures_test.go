package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/artext/artext/extract"
	"github.com/artext/artext/internal/schematest"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

func TestFixtureName(t *testing.T) {
	for _, tc := range []struct {
		page   string
		format extract.Format
		want   string
	}{
		{"page.html", extract.FormatJSON, "page.json"},
		{"page.html.gz", extract.FormatJSON, "page.json"},
		{"page.HTML.GZ", extract.FormatJSON, "page.json"},
		{"sub/a.b.htm", extract.FormatMarkdown, "sub/a.b.md"},
		{"page.xhtml", extract.FormatText, "page.txt"},
		{"page.html", extract.FormatHTML, "page.out.html"},
		{"page.out.html", extract.FormatHTML, "page.out.out.html"},
		{"page.txt", extract.FormatJSON, "page.json"},
		{"page.txt", extract.FormatText, "page.out.txt"},
		{"page.TXT", extract.FormatText, "page.out.txt"},
		{"page.txt.gz", extract.FormatText, "page.txt"},
		{"README", extract.FormatJSON, "README.json"},
	} {
		if got := fixtureName(tc.page, tc.format); got != tc.want {
			t.Errorf("fixtureName(%q, %s) = %q, want %q", tc.page, tc.format, got, tc.want)
		}
	}
}

func TestSidecarName(t *testing.T) {
	for page, want := range map[string]string{
		"page.html":        "page.url",
		"page.html.gz":     "page.url",
		"notes.txt":        "notes.url",
		"sub/a.b.htm":      "sub/a.b.url",
		"kath.net-76.html": "kath.net-76.url",
	} {
		if got := sidecarName(page); got != want {
			t.Errorf("sidecarName(%q) = %q, want %q", page, got, want)
		}
	}
}

// FuzzFixtureName checks that a fixture is never its own page and stays in
// the page's folder.
func FuzzFixtureName(f *testing.F) {
	for _, seed := range []string{"page.html", "page.txt", "page.TXT", "a.out.txt", "sub/p.html.gz", ".html", "x", "page.txt.gz"} {
		f.Add(seed, 0)
	}
	f.Fuzz(func(t *testing.T, page string, i int) {
		if page == "" || strings.HasSuffix(page, "/") {
			return
		}
		format := fixtureFormats[uint(i)%uint(len(fixtureFormats))]
		got := fixtureName(page, format)
		if strings.EqualFold(got, page) {
			t.Fatalf("fixtureName(%q, %s) = the page itself", page, format)
		}
		if filepath.Dir(got) != filepath.Dir(page) {
			t.Fatalf("fixtureName(%q, %s) = %q, in another folder", page, format, got)
		}
	})
}

func TestDropFixtureFiles(t *testing.T) {
	dir := "pages"
	var inputs []input
	for _, name := range []string{
		"a.html", "a.json", "a.md", "a.txt", "a.out.html", "a.url",
		"b.txt", "b.out.txt",
		"c.htm",
		"artext-fixtures.yaml",
		"sub/artext-fixtures.yaml",
	} {
		inputs = append(inputs, input{name: filepath.Join(dir, name)})
	}
	var got []string
	for _, in := range dropFixtureFiles(inputs, dir) {
		got = append(got, filepath.ToSlash(relativeName(dir, in.name)))
	}
	want := []string{"a.html", "b.txt", "c.htm", "sub/artext-fixtures.yaml"}
	if !slices.Equal(got, want) {
		t.Errorf("pages = %q, want %q", got, want)
	}
}

func TestSelectFields(t *testing.T) {
	doc := []byte(`{"schema_version": 1, "title": "T", "authors": ["A", "B"], "text": "x\ny", "source": {"name": "p.html"}}`)
	for _, tc := range []struct {
		name   string
		doc    []byte
		fields []string
		want   string
	}{
		{"in the order asked", doc, []string{"text", "title"}, "{\n  \"text\": \"x\\ny\",\n  \"title\": \"T\"\n}\n"},
		{"nested values indented", doc, []string{"authors"}, "{\n  \"authors\": [\n    \"A\",\n    \"B\"\n  ]\n}\n"},
		{"absent fields left out", doc, []string{"byline"}, "{}\n"},
		{"error always kept", []byte(`{"source": {"name": "p.html"}, "error": "no article content found"}`), []string{"title"}, "{\n  \"error\": \"no article content found\"\n}\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := selectFields(tc.doc, tc.fields)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
			if !json.Valid(got) {
				t.Errorf("not JSON: %s", got)
			}
		})
	}
	if _, err := selectFields([]byte("---\ntitle: T\n"), []string{"title"}); err == nil {
		t.Error("want an error for a fixture that is not JSON")
	}
}

func TestParseFields(t *testing.T) {
	got, err := parseFields([]string{" title", "text", "", "title"})
	if err != nil || !slices.Equal(got, []string{"title", "text"}) {
		t.Errorf("parseFields = %q, %v; want [title text]", got, err)
	}
	if _, err := parseFields([]string{"html"}); err == nil {
		t.Error("html is not a JSON field: want an error")
	}
	if exitCode(func() error { _, err := parseFields([]string{"nope"}); return err }()) != exitUsage {
		t.Error("an unknown field should be a usage error")
	}
}

func TestFixtureSummary(t *testing.T) {
	for _, tc := range []struct {
		tally  fixtureTally
		update bool
		want   string
	}{
		{fixtureTally{unchanged: 10, changed: 1, missing: 1}, false, "12 fixtures: 10 unchanged, 1 changed, 1 missing"},
		{fixtureTally{unchanged: 1}, false, "1 fixture: 1 unchanged, 0 changed, 0 missing"},
		{fixtureTally{unchanged: 2, extra: 1, failed: 1}, false, "4 fixtures: 2 unchanged, 0 changed, 0 missing, 1 extra, 1 failed"},
		{fixtureTally{unchanged: 10, changed: 1, missing: 1, extra: 2}, true, "14 fixtures: 10 unchanged, 1 updated, 1 new, 2 removed"},
	} {
		if got := tc.tally.summary(tc.update); got != tc.want {
			t.Errorf("summary = %q, want %q", got, tc.want)
		}
	}
}

// TestFixturesValidate writes the JSON fixtures of pages of every kind (a
// golden page with its address, a compressed one, a text page, a page
// without an article, --explain) and validates each against the schema
// that artext schema prints.
func TestFixturesValidate(t *testing.T) {
	golden := func(name string) string {
		data, err := os.ReadFile(filepath.Join("../../testdata/golden", name))
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	dir := writePages(t, map[string]string{
		"kath.net.html": golden("kath.net-Menschensohn.html"),
		"kath.net.url":  golden("kath.net-Menschensohn.url"),
		"sub/good.html": articlePage("Good"),
		"notes.txt":     "Notes\n\nA text page, copied from a site, which holds enough words to be taken as an article by the extractor.\n\nA second paragraph of the notes, with words enough of its own to make the article longer.\n",
		"empty.html":    `<html><body><img src="photo.jpg"></body></html>`,
	})
	code, stdout, stderr := runArtext(t, nil, "fixtures", "update", "--explain", "-q", dir)
	if code != exitOK {
		t.Fatalf("fixtures update: exit %d\n%s%s", code, stdout, stderr)
	}
	s := schematest.Compile(t)
	var n int
	filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || !strings.HasSuffix(path, ".json") {
			return err
		}
		n++
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if err := s.Validate(doc); err != nil {
			t.Errorf("%s does not validate: %v", path, err)
		}
		return nil
	})
	if n != 4 {
		t.Errorf("validated %d fixtures, want 4", n)
	}
}
