package eval

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/artext/artext/extract"
)

// Metadata holds the fields of a page's metadata that are scored: what an
// extractor found, or what an annotation expects. An empty field of an
// annotation means "not annotated".
type Metadata struct {
	Title       string   `json:"title,omitempty"`
	Authors     []string `json:"authors,omitempty"`
	Byline      string   `json:"byline,omitempty"`
	Date        string   `json:"date,omitempty"`
	SiteName    string   `json:"sitename,omitempty"`
	Description string   `json:"description,omitempty"`
	Language    string   `json:"language,omitempty"`
	Categories  []string `json:"categories,omitempty"`
	Tags        []string `json:"tags,omitempty"`
}

// The fields of Metadata, in the order reports list them.
const (
	FieldTitle       = "title"
	FieldDate        = "date"
	FieldAuthors     = "authors"
	FieldByline      = "byline"
	FieldSiteName    = "sitename"
	FieldDescription = "description"
	FieldLanguage    = "language"
	FieldCategories  = "categories"
	FieldTags        = "tags"
)

var fieldOrder = []string{FieldTitle, FieldDate, FieldAuthors, FieldByline, FieldSiteName,
	FieldDescription, FieldLanguage, FieldCategories, FieldTags}

// MetadataOf returns the metadata of an extracted article; nil gives the
// zero Metadata. The page's date is its publication date, else the date
// of its last change.
func MetadataOf(a *extract.Article) Metadata {
	if a == nil {
		return Metadata{}
	}
	return Metadata{
		Title:       a.Title,
		Authors:     a.Authors,
		Byline:      a.Byline,
		Date:        cmp.Or(a.Published, a.Modified),
		SiteName:    a.SiteName,
		Description: a.Excerpt,
		Language:    a.Language,
		Categories:  a.Categories,
		Tags:        a.Tags,
	}
}

// ExpectedMetadata returns what a page's annotation says its metadata is:
// the metadata fields of its case in a snippet set, or the
// expected-metadata.json beside a Readability.js test page (title, byline,
// excerpt, siteName, language, publishedTime), or the title, author and
// publication date of a WCXB page. A page with none has no annotated
// metadata.
func ExpectedMetadata(p Page) (Metadata, error) {
	if p.Expected != nil {
		return *p.Expected, nil
	}
	if c := p.Case; c != nil {
		return Metadata{
			Title:       c.Title,
			Authors:     c.Authors,
			Date:        c.Date,
			SiteName:    c.Sitename,
			Description: c.Description,
			Categories:  c.Categories,
			Tags:        c.Tags,
		}, nil
	}
	path := filepath.Join(filepath.Dir(p.Path), "expected-metadata.json")
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return Metadata{}, nil
	}
	if err != nil {
		return Metadata{}, err
	}
	var rm struct {
		Title         string `json:"title"`
		Byline        string `json:"byline"`
		Excerpt       string `json:"excerpt"`
		SiteName      string `json:"siteName"`
		Language      string `json:"language"`
		Lang          string `json:"lang"`
		PublishedTime string `json:"publishedTime"`
	}
	if err := json.Unmarshal(data, &rm); err != nil {
		return Metadata{}, fmt.Errorf("%s: %w", path, err)
	}
	return Metadata{
		Title:       rm.Title,
		Byline:      rm.Byline,
		Date:        rm.PublishedTime,
		SiteName:    rm.SiteName,
		Description: rm.Excerpt,
		Language:    cmp.Or(rm.Language, rm.Lang),
	}, nil
}

// FieldCheck is the comparison of one annotated field of a page.
type FieldCheck struct {
	Field string `json:"field"`
	Want  string `json:"want"`
	Got   string `json:"got"`
	OK    bool   `json:"ok"`
}

// CompareMetadata compares got with want on every field that want
// annotates, in the order of the report:
//   - title and description: equal once runs of white space are collapsed;
//   - date: the same YYYY-MM-DD (the first ten characters of an RFC 3339
//     date or time);
//   - authors, categories and tags: the same set of names, lower-cased and
//     with white space collapsed;
//   - byline: the same text, ignoring case and spacing, or the same set of
//     names as got's authors when want's byline is a list of them;
//   - site name and language: equal ignoring case.
func CompareMetadata(got, want Metadata) []FieldCheck {
	var checks []FieldCheck
	add := func(field, w, g string, ok bool) {
		checks = append(checks, FieldCheck{Field: field, Want: w, Got: g, OK: ok})
	}
	if want.Title != "" {
		add(FieldTitle, want.Title, got.Title, collapse(got.Title) == collapse(want.Title))
	}
	if want.Date != "" {
		add(FieldDate, want.Date, got.Date, dateOnly(got.Date) == dateOnly(want.Date))
	}
	if len(want.Authors) > 0 {
		add(FieldAuthors, strings.Join(want.Authors, "; "), strings.Join(got.Authors, "; "), sameSet(got.Authors, want.Authors))
	}
	if want.Byline != "" {
		ok := strings.EqualFold(collapse(got.Byline), collapse(want.Byline)) ||
			len(got.Authors) > 0 && sameSet(got.Authors, splitNames(want.Byline))
		add(FieldByline, want.Byline, got.Byline, ok)
	}
	if want.SiteName != "" {
		add(FieldSiteName, want.SiteName, got.SiteName, strings.EqualFold(collapse(got.SiteName), collapse(want.SiteName)))
	}
	if want.Description != "" {
		add(FieldDescription, want.Description, got.Description, collapse(got.Description) == collapse(want.Description))
	}
	if want.Language != "" {
		add(FieldLanguage, want.Language, got.Language, strings.EqualFold(got.Language, want.Language))
	}
	if len(want.Categories) > 0 {
		add(FieldCategories, strings.Join(want.Categories, "; "), strings.Join(got.Categories, "; "), sameSet(got.Categories, want.Categories))
	}
	if len(want.Tags) > 0 {
		add(FieldTags, strings.Join(want.Tags, "; "), strings.Join(got.Tags, "; "), sameSet(got.Tags, want.Tags))
	}
	return checks
}

// FieldScore is the accuracy of one metadata field over a set.
type FieldScore struct {
	Field string `json:"field"`
	// Annotated counts the pages that annotate the field.
	Annotated int `json:"annotated"`
	// Correct counts those where the extractor got it right.
	Correct  int     `json:"correct"`
	Accuracy float64 `json:"accuracy"`
}

// PageMetadata is the metadata outcome of one page.
type PageMetadata struct {
	Page   string       `json:"page"`
	Checks []FieldCheck `json:"checks"`
}

// Misses counts the checks of the page that failed.
func (p PageMetadata) Misses() int {
	n := 0
	for _, c := range p.Checks {
		if !c.OK {
			n++
		}
	}
	return n
}

// MetadataReport sums up the metadata of an evaluation run.
type MetadataReport struct {
	Pages int `json:"pages"`
	// Fields holds the accuracy of every field that some page annotates.
	Fields []FieldScore `json:"fields"`
	// Results holds every page's checks, in order.
	Results []PageMetadata `json:"-"`
}

// Field returns the score of the named field, or the zero FieldScore.
func (r *MetadataReport) Field(name string) FieldScore {
	for _, f := range r.Fields {
		if f.Field == name {
			return f
		}
	}
	return FieldScore{Field: name}
}

// Worst returns the n pages with the most failed checks; ties keep the
// set's order.
func (r *MetadataReport) Worst(n int) []PageMetadata {
	out := slices.Clone(r.Results)
	slices.SortStableFunc(out, func(a, b PageMetadata) int { return b.Misses() - a.Misses() })
	return out[:min(n, len(out))]
}

// ScoreMetadata compares the metadata of every extracted article of report
// with its page's annotation. An article that failed counts as empty
// metadata.
func ScoreMetadata(report *Report) (*MetadataReport, error) {
	got := make([]Metadata, len(report.Results))
	want := make([]Metadata, len(report.Results))
	ids := make([]string, len(report.Results))
	for i, res := range report.Results {
		w, err := ExpectedMetadata(res.Page)
		if err != nil {
			return nil, err
		}
		got[i], want[i], ids[i] = MetadataOf(res.Article), w, res.Page.ID
	}
	return SumMetadata(ids, got, want), nil
}

// SumMetadata compares got[i] with want[i] for the page ids[i] and sums up
// the checks per field. It lets other extractors be scored the same way.
func SumMetadata(ids []string, got, want []Metadata) *MetadataReport {
	r := &MetadataReport{Pages: len(ids)}
	scores := map[string]*FieldScore{}
	for i, id := range ids {
		checks := CompareMetadata(got[i], want[i])
		r.Results = append(r.Results, PageMetadata{Page: id, Checks: checks})
		for _, c := range checks {
			s := scores[c.Field]
			if s == nil {
				s = &FieldScore{Field: c.Field}
				scores[c.Field] = s
			}
			s.Annotated++
			if c.OK {
				s.Correct++
			}
		}
	}
	for _, f := range fieldOrder {
		if s := scores[f]; s != nil {
			s.Accuracy = ratio(s.Correct, s.Annotated)
			r.Fields = append(r.Fields, *s)
		}
	}
	return r
}

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// dateOnly returns the YYYY-MM-DD part of an RFC 3339 date or time.
func dateOnly(s string) string {
	s = strings.TrimSpace(s)
	if len(s) > len("2006-01-02") {
		s = s[:len("2006-01-02")]
	}
	return s
}

// sameSet reports whether a and b hold the same names, ignoring case,
// spacing, order and repetition.
func sameSet(a, b []string) bool {
	norm := func(names []string) []string {
		out := make([]string, 0, len(names))
		for _, n := range names {
			if n = strings.ToLower(collapse(n)); n != "" {
				out = append(out, n)
			}
		}
		slices.Sort(out)
		return slices.Compact(out)
	}
	return slices.Equal(norm(a), norm(b))
}

// splitNames splits a byline such as "By A, B and C" into names, for the
// comparison of a byline with a list of authors.
func splitNames(byline string) []string {
	s := collapse(byline)
	if l := strings.ToLower(s); strings.HasPrefix(l, "by ") {
		s = s[3:]
	}
	s = strings.NewReplacer(" and ", ",", " & ", ",", ";", ",").Replace(s)
	var names []string
	for _, n := range strings.Split(s, ",") {
		if n = strings.TrimSpace(n); n != "" {
			names = append(names, n)
		}
	}
	return names
}
