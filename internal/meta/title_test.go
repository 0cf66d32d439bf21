package meta

import (
	"net/url"
	"strings"
	"testing"

	"github.com/artext/artext/internal/document"
	"golang.org/x/net/html"
)

func parseHTML(t *testing.T, page string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// pageURL parses the address of a test page: nil for "".
func pageURL(raw string) *url.URL {
	if raw == "" {
		return nil
	}
	u, err := url.Parse(raw)
	if err != nil {
		panic(err)
	}
	return u
}

func TestDecideTitle(t *testing.T) {
	tests := []struct {
		name, page, url string
		title, site     string
	}{
		{"h1 matching the title tag", `<title>A story - Example News</title><body><h1>A story</h1>`, "", "A story", "Example News"},
		{"site logo h1 skipped", `<title>A story | Example</title><meta property="og:site_name" content="Example"><body><h1>Example</h1><h2>A story</h2>`, "", "A story", "Example"},
		{"kicker before the headline", `<meta property="og:title" content="Autohäuser rechnen mit langsamem Anlaufen"><body><h1><span>Nach Corona-Lockerungen</span> Autohäuser rechnen mit langsamem Anlaufen</h1>`, "", "Autohäuser rechnen mit langsamem Anlaufen", ""},
		{"headline as shown, not as declared", `<meta property="og:title" content="&quot;Quoted&quot; words here - Site"><body><h1>„Quoted“ words here</h1>`, "", "„Quoted“ words here", ""},
		{"no heading: site suffix cut", `<title>A story without heading - Example</title><body><p>text</p>`, "", "A story without heading", "Example"},
		{"site first in the title", `<title>Ex | A much longer story title that goes on</title><body><p>text</p>`, "", "A much longer story title that goes on", "Ex"},
		{"host name is a site name", `<title>A story - example.com</title><body><h1>example.com</h1>`, "https://www.example.com/a", "A story", "example.com"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var a document.Metadata
			Collect(parseHTML(t, tt.page), pageURL(tt.url)).decide(&a)
			if a.Title != tt.title || a.SiteName != tt.site {
				t.Errorf("title %q, site %q; want %q, %q", a.Title, a.SiteName, tt.title, tt.site)
			}
		})
	}
}

func TestCutSiteName(t *testing.T) {
	tests := []struct {
		title string
		sites []string
		want  string
	}{
		{"Story - Site", nil, "Story"},
		{"Story | Site", []string{"Site"}, "Story"},
		{"Site | Story", []string{"Site"}, "Story"},
		{"Mozilla - Wikipedia", nil, "Mozilla"},
		{"Part one - Part two - Site", nil, "Part one - Part two"},
		{"No separator here", nil, "No separator here"},
	}
	for _, tt := range tests {
		if got := cutSiteName(tt.title, tt.sites); got != tt.want {
			t.Errorf("cutSiteName(%q, %q) = %q, want %q", tt.title, tt.sites, got, tt.want)
		}
	}
}
