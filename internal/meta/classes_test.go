package meta

import "testing"

func TestClassKinds(t *testing.T) {
	tests := []struct {
		class string
		want  classKind
	}{
		{"entry-content", 0},
		{"byline", classByline | classDate},
		{"author vcard", classByline},
		{"post-Author-name", classByline},
		{"entry-date published", classDate},
		{"itemPostDate", classDate},
		{"comments-area", classAside},
		{"has-sidebar wp-embed-responsive", 0},
		{"site-footer", classAside},
		{"entry-footer", 0},
		{"related-posts", classAside},
		{"responsive", 0},
	}
	for _, tt := range tests {
		if got := classKinds(tt.class); got != tt.want {
			t.Errorf("classKinds(%q) = %b, want %b", tt.class, got, tt.want)
		}
	}
}

func TestHrefKind(t *testing.T) {
	tests := []struct {
		href string
		want linkKind
	}{
		{"https://example.com/author/jane/", linkAuthor},
		{"/Autor/jane-doe", linkAuthor},
		{"https://example.com/category/news/", linkCategory},
		{"/tag/go/", linkTag},
		{"https://example.com/2020/01/story", linkOther},
		{"https://example.com/tag", linkOther},
		{"#comments", linkOther},
	}
	for _, tt := range tests {
		if got := hrefKind(tt.href); got != tt.want {
			t.Errorf("hrefKind(%q) = %d, want %d", tt.href, got, tt.want)
		}
	}
}
