package eval_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/artext/artext/extract/eval"
)

const wcxbFixture = "testdata/wcxb"

// TestLoadWCXB reads the fixture folder: three pages in the benchmark's
// layout, one of them gzip-compressed, one with an empty main content and
// null metadata.
func TestLoadWCXB(t *testing.T) {
	set, err := eval.LoadSet(wcxbFixture, "")
	if err != nil {
		t.Fatal(err)
	}
	if set.Kind != eval.WCXB || len(set.Pages) != 3 {
		t.Fatalf("kind %q with %d pages, want wcxb with 3", set.Kind, len(set.Pages))
	}
	tests := []struct {
		id, file, typ, url string
		truthWords         int
		want               eval.Metadata
	}{
		{"0001", "0001.html.gz", "article", "https://coast.example/tides/small-harbours", 75, // as Python's re.findall counts them
			eval.Metadata{Title: "Tide Tables for Small Harbours", Authors: []string{"Ada Lund"}, Date: "2024-03-05"}},
		{"0002", "0002.html", "forum", "https://rowing.example/t/which-glue-for-a-cracked-oar/77", 46,
			eval.Metadata{Title: "Which glue for a cracked oar?", Authors: []string{"finn_r", "marit"}, Date: "2023-06-01"}},
		// null and "None" are not annotated; the main content is empty.
		{"0003", "0003.html", "product", "https://shop.example/p/lamp", 0,
			eval.Metadata{Title: "Desk Lamp"}},
	}
	for i, tt := range tests {
		p := set.Pages[i]
		if p.ID != tt.id || filepath.Base(p.Path) != tt.file || p.Type != tt.typ || p.URL != tt.url {
			t.Errorf("page %d: id %q file %q type %q url %q, want %q %q %q %q", i, p.ID, filepath.Base(p.Path), p.Type, p.URL, tt.id, tt.file, tt.typ, tt.url)
		}
		if n := len(eval.Words(p.Truth)); n != tt.truthWords {
			t.Errorf("page %s: truth of %d words, want %d", p.ID, n, tt.truthWords)
		}
		got, err := eval.ExpectedMetadata(p)
		if err != nil {
			t.Fatal(err)
		}
		if got.Title != tt.want.Title || got.Date != tt.want.Date || !slices.Equal(got.Authors, tt.want.Authors) {
			t.Errorf("page %s: metadata %+v, want %+v", p.ID, got, tt.want)
		}
	}
}

// TestRunWCXB extracts the fixture and checks the per-type table: the
// article is found whole, the forum thread at least in part, and the
// JavaScript shell scores 1 only if nothing is extracted from it.
func TestRunWCXB(t *testing.T) {
	set, err := eval.LoadSet(wcxbFixture, "")
	if err != nil {
		t.Fatal(err)
	}
	r := eval.Run(context.Background(), set, eval.Config{Jobs: 2})
	if r.Kind != eval.WCXB || r.Pages != 3 {
		t.Fatalf("kind %q pages %d", r.Kind, r.Pages)
	}
	var types []string
	for _, ts := range r.Types {
		types = append(types, ts.Type)
	}
	if want := []string{"article", "forum", "product", "all"}; !slices.Equal(types, want) {
		t.Fatalf("types %q, want %q", types, want)
	}
	article, all := r.Types[0], r.Types[3]
	if article.Pages != 1 || article.Recall != 1 || article.F1 < 0.9 {
		t.Errorf("article: %+v, want the whole text", article)
	}
	if all.Pages != 3 || all.F1 != r.F1 {
		t.Errorf("all: %+v, want 3 pages and the report's F1 %.4f", all, r.F1)
	}
	var sum float64
	for _, res := range r.Results {
		if res.Words == nil {
			t.Fatalf("page %s has no word score", res.Page.ID)
		}
		sum += res.Words.F1
	}
	if got := sum / 3; got != r.F1 {
		t.Errorf("report F1 %.4f, want the mean of the pages' F1 %.4f", r.F1, got)
	}
	shell := r.Results[2]
	if wantF1 := map[bool]float64{true: 1, false: 0}[shell.Words.Extracted == 0]; shell.Words.F1 != wantF1 {
		t.Errorf("shell page: %+v, want F1 %v", shell.Words, wantF1)
	}
	if w := r.Worst(1); w[0].Words.F1 > r.Results[0].Words.F1 {
		t.Errorf("worst page %s scores above the article", w[0].Page.ID)
	}

	mr, err := eval.ScoreMetadata(r)
	if err != nil {
		t.Fatal(err)
	}
	if f := mr.Field(eval.FieldTitle); f.Annotated != 3 {
		t.Errorf("title annotated on %d pages, want 3", f.Annotated)
	}
	if f := mr.Field(eval.FieldAuthors); f.Annotated != 2 {
		t.Errorf("authors annotated on %d pages, want 2", f.Annotated)
	}
	if f := mr.Field(eval.FieldDate); f.Annotated != 2 || f.Correct < 1 {
		t.Errorf("date: %+v, want 2 annotated and the article's right", f)
	}
}

// TestWCXBDev loads the benchmark's dev split when ../shared/eval is
// there: 1,497 pages of seven types, every page file present.
func TestWCXBDev(t *testing.T) {
	dir := "../../../shared/eval/wcxb/dev"
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("%s is absent", dir)
	}
	set, err := eval.LoadSet(dir, "")
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]int{}
	for _, p := range set.Pages {
		counts[p.Type]++
		if _, err := os.Stat(p.Path); err != nil {
			t.Errorf("page %s: %v", p.ID, err)
		}
	}
	want := map[string]int{"article": 793, "forum": 113, "product": 119, "collection": 117, "listing": 99, "documentation": 91, "service": 165}
	for typ, n := range want {
		if counts[typ] != n {
			t.Errorf("%s: %d pages, want %d", typ, counts[typ], n)
		}
	}
}
