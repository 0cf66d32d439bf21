package doclinks

import (
	"slices"
	"testing"
)

func TestSlug(t *testing.T) {
	tests := []struct{ heading, want string }{
		{"Exit codes", "exit-codes"},
		{"Measuring quality: artext eval", "measuring-quality-artext-eval"},
		{"`--precision` and `--recall`", "--precision-and---recall"},
		{"WARC archives (.warc, .warc.gz)", "warc-archives-warc-warcgz"},
		{"Fixtures for CI", "fixtures-for-ci"},
		{"snake_case and Ünïcode", "snake_case-and-ünïcode"},
	}
	for _, tt := range tests {
		if got := slug(tt.heading); got != tt.want {
			t.Errorf("slug(%q) = %q, want %q", tt.heading, got, tt.want)
		}
	}
}

func TestHeadingAnchors(t *testing.T) {
	doc := "# Title\n\n## Use\n\ntext\n\n## Use\n\n```sh\n# not a heading\n```\n\n### See [the rules](rules.md)\n#hashtag\n"
	want := []string{"title", "use", "use-1", "see-the-rules"}
	if got := headingAnchors([]byte(doc)); !slices.Equal(got, want) {
		t.Errorf("headingAnchors = %q, want %q", got, want)
	}
}

func TestLinksOfDocument(t *testing.T) {
	doc := "See [the CLI](docs/cli.md#flags) and ![logo](img/logo.png \"Logo\").\n" +
		"Not `[code](x.md)`, and [site](https://example.com).\n" +
		"```md\n[fenced](y.md)\n```\n" +
		"[ref]: docs/output.md\n"
	want := []link{{"docs/cli.md#flags", 1}, {"img/logo.png", 1}, {"https://example.com", 2}, {"docs/output.md", 6}}
	if got := links([]byte(doc)); !slices.Equal(got, want) {
		t.Errorf("links = %v, want %v", got, want)
	}
}
