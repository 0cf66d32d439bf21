package boilerplate_test

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/artext/artext/boilerplate"
)

func TestSitesMatches(t *testing.T) {
	tests := []struct {
		pattern string
		host    string
		want    bool
	}{
		{"example.com", "example.com", true},
		{"example.com", "www.example.com", true},
		{"example.com", "a.b.example.com", true},
		{"example.com", "EXAMPLE.com:8080", true},
		{"example.com", "example.com.", true},
		{"example.com", "notexample.com", false},
		{"example.com", "example.com.evil.net", false},
		{"example.com", "", false},
		{"*.example.com", "www.example.com", true},
		{"*.example.com", "example.com", false},
		{"*.example.com", "xexample.com", false},
		{"news.example.com", "example.com", false},
		{"News.Example.COM.", "news.example.com", true},
	}
	for _, tt := range tests {
		s := mustParse(t, "sites: '"+tt.pattern+"'\nremove: p\n")
		got := !s.ElementRules(tt.host).IsEmpty()
		if got != tt.want {
			t.Errorf("%s matches %q: %v, want %v", tt.pattern, tt.host, got, tt.want)
		}
		if sites := s.SiteRules()[0].Sites; sites.Matches(tt.host) != tt.want {
			t.Errorf("Sites(%s).Matches(%q) = %v", tt.pattern, tt.host, !tt.want)
		}
	}
}

// TestElementRuleErrors: an invalid selector or site is an error at its
// line that quotes it and says what is wrong.
func TestElementRuleErrors(t *testing.T) {
	tests := []struct{ name, yaml, want string }{
		{"bad selector", "remove:\n  - .ok\n  - 'div['\n", `test.yaml:3: invalid selector "div[": expected identifier, found EOF instead`},
		{"pseudo-element", "title: 'h1::before'\n", `test.yaml:1: invalid selector "h1::before": pseudo-element before found`},
		{"selector not text", "select:\n  - {a: b}\n", "test.yaml:2: select must be a CSS selector or a list of them"},
		{"site is a URL", "sites:\n  - example.com\n  - https://example.org/news\nremove: p\n", `test.yaml:3: site "https://example.org/news" is not a host name`},
		{"wildcard inside", "sites: 'news.*.com'\n", `test.yaml:1: site "news.*.com" is not a host name`},
		{"unknown key", "remove: p\nkeep: q\n", `test.yaml:2: unknown key "keep" in rule file`},
		{"two errors", "remove: ['a[', ':nope']\n", "test.yaml:1: invalid selector \"a[\""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := boilerplate.Parse("test.yaml", []byte(tt.yaml))
			var fe *boilerplate.FileError
			if !errors.As(err, &fe) {
				t.Fatalf("%v is not a *FileError", err)
			}
			if !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("got  %v\nwant %s", err, tt.want)
			}
		})
	}
	_, err := boilerplate.Parse("test.yaml", []byte("remove: ['a[', ':nope']\n"))
	if n := len(strings.Split(err.Error(), "\n")); n != 2 {
		t.Errorf("two bad selectors: %d errors: %v", n, err)
	}
	var se *boilerplate.SelectorError
	if !errors.As(err, &se) || se.Selector != "a[" {
		t.Errorf("errors.As finds no *SelectorError for a[: %v", err)
	}
}

// TestForHost: the phrase rules of a file with sites apply to the pages of
// those sites only, and Apply without ForHost leaves them out.
func TestForHost(t *testing.T) {
	s, err := boilerplate.LoadDir("testdata/sites")
	if err != nil {
		t.Fatal(err)
	}
	s, err = boilerplate.Merge(boilerplate.Default(), s)
	if err != nil {
		t.Fatal(err)
	}
	blocks := []boilerplate.Block{{Text: "Example News thanks its readers"}, {Text: "Download the app"}}
	for _, tt := range []struct{ host, want string }{
		{"", "kept drop"},
		{"news.example.com", "drop drop"},
		{"www.news.example.com:443", "drop drop"},
		{"example.com", "kept drop"},
		{"news.example.org", "kept drop"},
	} {
		got := decisions(s.ForHost(tt.host).Apply(blocks, "en"))
		if got != tt.want {
			t.Errorf("ForHost(%q): %s, want %s", tt.host, got, tt.want)
		}
	}
	if got := decisions(s.Apply(blocks, "en")); got != "kept drop" {
		t.Errorf("Apply without ForHost: %s", got)
	}
	if boilerplate.Default().ForHost("news.example.com") != boilerplate.Default() {
		t.Error("ForHost on a set without sites returns another set")
	}
	if s.ForHost("example.org") != s {
		t.Error("ForHost for a host that no file names returns another set")
	}
	a, b := s.ForHost("news.example.com"), s.ForHost("NEWS.example.com")
	if a != b || a.Len() != s.Len() || s.ForHost("").Len() != s.Len() {
		t.Errorf("ForHost: sets of %d and %d rules, want the same set of %d", a.Len(), b.Len(), s.Len())
	}
	traced := 0
	tr := s.WithTrace(func([]boilerplate.Block, []boilerplate.Decision) { traced++ })
	tr.ForHost("news.example.com").Apply(blocks, "en")
	if traced != 1 {
		t.Errorf("the set of ForHost does not keep the trace: %d calls", traced)
	}
}

func decisions(ds []boilerplate.Decision) string {
	var out []string
	for _, d := range ds {
		if d.Kept() {
			out = append(out, "kept")
		} else {
			out = append(out, string(d.Action))
		}
	}
	return strings.Join(out, " ")
}

func TestElementRules(t *testing.T) {
	s, err := boilerplate.Load("testdata/sites")
	if err != nil {
		t.Fatal(err)
	}
	show := func(sels []*boilerplate.Selector) string {
		var out []string
		for _, sel := range sels {
			out = append(out, sel.String()+"@"+filepath.Base(sel.File)+":"+strconv.Itoa(sel.Line))
		}
		return strings.Join(out, " ")
	}
	e := s.ElementRules("news.example.com")
	for _, tt := range []struct{ field, got, want string }{
		{"select", show(e.Select), "article .story-body@20-example-news.yaml:5"},
		{"remove", show(e.Remove), ".newsletter@10-everywhere.yaml:2 aside.related@10-everywhere.yaml:2"},
		{"title", show(e.Title), "h1.headline@20-example-news.yaml:6"},
		{"authors", show(e.Authors), ".byline a[rel=author]@20-example-news.yaml:7"},
		{"published", show(e.Published), "time[datetime]@20-example-news.yaml:8"},
	} {
		if tt.got != tt.want {
			t.Errorf("%s: %s, want %s", tt.field, tt.got, tt.want)
		}
	}
	if e := s.ElementRules("example.org"); show(e.Remove) != ".newsletter@10-everywhere.yaml:2 aside.related@10-everywhere.yaml:2" || len(e.Select)+len(e.Title) != 0 {
		t.Errorf("another host: %+v", e)
	}
	if !boilerplate.Default().ElementRules("example.org").IsEmpty() {
		t.Error("the default rules have element rules")
	}
	if len(s.SiteRules()) != 2 || s.SiteRules()[1].Sites[0] != "news.example.com" {
		t.Errorf("SiteRules: %+v", s.SiteRules())
	}
}

func TestLoad(t *testing.T) {
	if _, err := boilerplate.Load("../testdata/rules/newsroom.yaml"); err != nil {
		t.Errorf("a file: %v", err)
	}
	empty := t.TempDir()
	if _, err := boilerplate.Load(empty); err == nil || !strings.Contains(err.Error(), "no rule file") {
		t.Errorf("an empty folder: %v", err)
	}
	bad := t.TempDir()
	os.WriteFile(filepath.Join(bad, "a.yml"), []byte("remove: 'p['\n"), 0o644)
	os.WriteFile(filepath.Join(bad, "b.yaml"), []byte("sites: 'http://x'\n"), 0o644)
	_, err := boilerplate.Load(bad)
	if err == nil || len(strings.Split(err.Error(), "\n")) != 2 {
		t.Errorf("a folder of two bad files: want both errors, got %v", err)
	}
	if _, err := boilerplate.Load(filepath.Join(empty, "missing")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a missing path: %v", err)
	}
}

// TestCheck: a failing example is an error, a rule without examples a
// warning; the built-in rules have neither.
func TestCheck(t *testing.T) {
	s := mustParse(t, `
category: x
rules:
  - id: documented
    phrase: Share
    examples: {drop: [Share], keep: [Shared values]}
  - id: failing
    phrase: Print
    examples: {drop: [Printer], keep: [PRINT]}
  - id: bare
    phrase: Email
  - id: half
    phrase: Tweet
    examples: {drop: [Tweet]}
`)
	var got []string
	for _, p := range s.Check() {
		got = append(got, p.Error())
	}
	want := []string{
		`test.yaml:7: rule failing does not match its drop example "Printer"`,
		`test.yaml:7: rule failing matches its keep example "PRINT"`,
		"test.yaml:10: warning: rule bare has no example to drop nor to keep: examples test a rule",
		"test.yaml:12: warning: rule half has no example to keep: examples test a rule",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if p := boilerplate.Default().Check(); len(p) > 0 {
		t.Errorf("the built-in rules: %v", p)
	}
}
