package meta

import (
	"slices"
	"testing"
)

func TestParseLinkedData(t *testing.T) {
	tests := []struct {
		name      string
		scripts   []string
		headline  string
		published string
		authors   []string
		publisher string
		siteName  string
	}{
		{"article", []string{`{"@context":"https://schema.org","@type":"NewsArticle","headline":"A story","datePublished":"2020-01-13",
			"author":{"@type":"Person","name":"Jane Doe"},"publisher":{"@type":"Organization","name":"Example News"}}`},
			"A story", "2020-01-13", []string{"Jane Doe"}, "Example News", ""},
		{"graph with references", []string{`{"@context":"https://schema.org","@graph":[
			{"@type":"WebSite","@id":"#site","name":"Example"},
			{"@type":"Person","@id":"#jane","name":"Jane Doe"},
			{"@type":["Article"],"headline":"A story","author":{"@id":"#jane"},"datePublished":"2020-01-13T08:00:00+01:00"}]}`},
			"A story", "2020-01-13T08:00:00+01:00", []string{"Jane Doe"}, "", "Example"},
		{"authors as strings and lists", []string{`[{"@type":"BlogPosting","headline":"Post","author":["Jane Doe","John Roe"]}]`},
			"Post", "", []string{"Jane Doe", "John Roe"}, "", ""},
		{"organisation is no author", []string{`{"@type":"Article","headline":"A","author":{"@type":"Organization","name":"Example"}}`},
			"A", "", nil, "", ""},
		{"page fills what the article lacks", []string{`{"@type":"WebPage","name":"Page","datePublished":"2019-05-05"}`,
			`{"@type":"Article","headline":"Article"}`}, "Article", "2019-05-05", nil, "", ""},
		{"comment markers and invalid scripts", []string{`<!-- {"@type":"Article","headline":"Wrapped"} -->`, `{not json`},
			"Wrapped", "", nil, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ld := parseLinkedData(tt.scripts)
			if ld.headline != tt.headline || ld.published != tt.published || !slices.Equal(ld.authors, tt.authors) ||
				ld.publisher != tt.publisher || ld.siteName != tt.siteName {
				t.Errorf("got headline %q, published %q, authors %q, publisher %q, site %q", ld.headline, ld.published, ld.authors, ld.publisher, ld.siteName)
			}
		})
	}
}
