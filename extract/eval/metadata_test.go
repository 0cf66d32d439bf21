package eval

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/artext/artext/extract"
	_ "github.com/artext/artext/internal/golden" // defines -update for go test ./... -update
)

func TestCompareMetadata(t *testing.T) {
	want := Metadata{
		Title:       "A  story",
		Date:        "2020-01-13",
		Authors:     []string{"Jane Doe", "John Roe"},
		SiteName:    "Example",
		Description: "One line.",
		Categories:  []string{"News"},
	}
	got := Metadata{
		Title:       "A story",
		Date:        "2020-01-13T23:30:00-05:00",
		Authors:     []string{"john roe", "Jane  Doe"},
		SiteName:    "EXAMPLE",
		Description: "Another line.",
	}
	checks := CompareMetadata(got, want)
	wantOK := map[string]bool{FieldTitle: true, FieldDate: true, FieldAuthors: true, FieldSiteName: true,
		FieldDescription: false, FieldCategories: false}
	if len(checks) != len(wantOK) {
		t.Fatalf("got %d checks, want %d (only annotated fields)", len(checks), len(wantOK))
	}
	for _, c := range checks {
		if c.OK != wantOK[c.Field] {
			t.Errorf("%s: ok %v, want %v (want %q, got %q)", c.Field, c.OK, wantOK[c.Field], c.Want, c.Got)
		}
	}
}

func TestCompareByline(t *testing.T) {
	tests := []struct {
		byline, gotByline string
		gotAuthors        []string
		ok                bool
	}{
		{"By Jane Doe", "by jane doe", nil, true},
		{"By Jane Doe and John Roe", "", []string{"John Roe", "Jane Doe"}, true},
		{"Jane Doe", "", []string{"John Roe"}, false},
	}
	for _, tt := range tests {
		checks := CompareMetadata(Metadata{Byline: tt.gotByline, Authors: tt.gotAuthors}, Metadata{Byline: tt.byline})
		if len(checks) != 1 || checks[0].OK != tt.ok {
			t.Errorf("byline %q against %q %q: %+v, want ok %v", tt.byline, tt.gotByline, tt.gotAuthors, checks, tt.ok)
		}
	}
}

func TestSumMetadata(t *testing.T) {
	r := SumMetadata([]string{"a", "b", "c"},
		[]Metadata{{Title: "T1", Date: "2020-01-01"}, {Title: "wrong"}, {}},
		[]Metadata{{Title: "T1", Date: "2020-01-02"}, {Title: "T2"}, {}})
	if got := r.Field(FieldTitle); got.Annotated != 2 || got.Correct != 1 || got.Accuracy != 0.5 {
		t.Errorf("title: %+v, want 1 of 2", got)
	}
	if got := r.Field(FieldDate); got.Annotated != 1 || got.Correct != 0 {
		t.Errorf("date: %+v, want 0 of 1", got)
	}
	if got := r.Field(FieldTags); got.Annotated != 0 {
		t.Errorf("tags: %+v, want not annotated", got)
	}
	if worst := r.Worst(1); len(worst) != 1 || worst[0].Page != "a" {
		t.Errorf("worst: %+v, want page a, the first with a miss", worst)
	}
}

func TestMetadataOf(t *testing.T) {
	m := MetadataOf(&extract.Article{Title: "T", Modified: "2020-01-02", Excerpt: "E"})
	if m.Date != "2020-01-02" || m.Description != "E" {
		t.Errorf("MetadataOf: %+v, want the modification date and the excerpt", m)
	}
	if m := MetadataOf(nil); m.Title != "" || m.Date != "" || m.Authors != nil {
		t.Errorf("MetadataOf(nil) = %+v, want it empty", m)
	}
}

func TestExpectedMetadataOfReadabilityPage(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "story")
	if err := os.MkdirAll(page, 0o755); err != nil {
		t.Fatal(err)
	}
	meta := `{"title": "A story", "byline": "By Jane Doe", "excerpt": "One line.", "siteName": "Example", "language": "en", "publishedTime": "2020-01-13T08:00:00Z"}`
	if err := os.WriteFile(filepath.Join(page, "expected-metadata.json"), []byte(meta), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := ExpectedMetadata(Page{Path: filepath.Join(page, "source.html")})
	if err != nil {
		t.Fatal(err)
	}
	want := Metadata{Title: "A story", Byline: "By Jane Doe", Description: "One line.", SiteName: "Example", Language: "en", Date: "2020-01-13T08:00:00Z"}
	if got.Title != want.Title || got.Byline != want.Byline || got.Description != want.Description ||
		got.SiteName != want.SiteName || got.Language != want.Language || got.Date != want.Date {
		t.Errorf("ExpectedMetadata = %+v, want %+v", got, want)
	}
	if got, err := ExpectedMetadata(Page{Path: filepath.Join(dir, "none", "source.html")}); err != nil || got.Title != "" {
		t.Errorf("a page without expected metadata: %+v, %v", got, err)
	}
}
