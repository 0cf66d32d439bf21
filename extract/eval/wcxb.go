package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// The page types of the WCXB benchmark, in the order reports list them.
var wcxbTypes = []string{"article", "forum", "product", "collection", "listing", "documentation", "service"}

// wcxbTruth is the part of a WCXB ground-truth file that is scored.
type wcxbTruth struct {
	URL      string `json:"url"`
	Internal struct {
		PageType struct {
			Primary string `json:"primary"`
		} `json:"page_type"`
	} `json:"_internal"`
	GroundTruth struct {
		Title       *string `json:"title"`
		Author      *string `json:"author"`
		PublishDate *string `json:"publish_date"`
		MainContent *string `json:"main_content"`
	} `json:"ground_truth"`
}

// IsWCXB reports whether dir is laid out as the WCXB benchmark is: a
// folder ground-truth beside a folder html.
func IsWCXB(dir string) bool {
	for _, sub := range []string{"ground-truth", "html"} {
		if st, err := os.Stat(filepath.Join(dir, sub)); err != nil || !st.IsDir() {
			return false
		}
	}
	return true
}

// LoadWCXB reads a set in the layout of the WCXB benchmark (the Web
// Content eXtraction Benchmark), the published folder or a split of it:
// ground-truth/<id>.json holds a page's url, its type
// (_internal.page_type.primary) and its ground_truth (title, author,
// publish_date, main_content); html/<id>.html.gz, or html/<id>.html, is
// the page. A page is scored on the words of its main content (see
// [ScoreWords]); a missing or null main content is an empty one. Its
// metadata are the title, the author (split into names at commas, "and"
// and "&", as the authors of a page) and the publication date, where
// they are given; null, "" and "None" mean not annotated.
func LoadWCXB(dir string) (*Set, error) {
	files, err := filepath.Glob(filepath.Join(dir, "ground-truth", "*.json"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no ground-truth/*.json files", dir)
	}
	slices.Sort(files)
	set := &Set{Kind: WCXB}
	for _, f := range files {
		p, err := loadWCXBPage(dir, f)
		if err != nil {
			return nil, err
		}
		set.Pages = append(set.Pages, p)
	}
	return set, nil
}

func loadWCXBPage(dir, file string) (Page, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return Page{}, err
	}
	var t wcxbTruth
	if err := json.Unmarshal(data, &t); err != nil {
		return Page{}, fmt.Errorf("%s: %w", file, err)
	}
	id := strings.TrimSuffix(filepath.Base(file), ".json")
	gt := t.GroundTruth
	want := &Metadata{Title: annotated(gt.Title), Date: annotated(gt.PublishDate)}
	if a := annotated(gt.Author); a != "" {
		want.Authors = splitNames(a)
	}
	return Page{
		ID:       id,
		Path:     findPage(filepath.Join(dir, "html"), id+".html"),
		URL:      t.URL,
		Truth:    annotated(gt.MainContent),
		Type:     t.Internal.PageType.Primary,
		Expected: want,
	}, nil
}

// annotated returns the value of an annotation field, or "" when it is
// null, empty or the string "None" (what Python writes for a missing value).
func annotated(s *string) string {
	if s == nil || strings.TrimSpace(*s) == "None" {
		return ""
	}
	return strings.TrimSpace(*s)
}

// TypeScore is the score of the pages of one type in a WCXB set.
type TypeScore struct {
	// Type is the page type, or "all" for every page.
	Type  string `json:"type"`
	Pages int    `json:"pages"`
	// Failed counts the pages whose extraction failed or found no article.
	Failed int `json:"failed"`
	// Precision, Recall and F1 are the averages of the pages' word scores.
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// scoreTypes averages the word scores of results per page type, the
// known types first in the benchmark's order, then the others sorted, then
// "all".
func scoreTypes(results []Result) []TypeScore {
	sums := map[string]*TypeScore{}
	all := &TypeScore{Type: "all"}
	for _, res := range results {
		s := res.Words
		if s == nil {
			continue
		}
		ts := sums[res.Page.Type]
		if ts == nil {
			ts = &TypeScore{Type: res.Page.Type}
			sums[res.Page.Type] = ts
		}
		for _, t := range []*TypeScore{ts, all} {
			t.Pages++
			t.Precision += s.Precision
			t.Recall += s.Recall
			t.F1 += s.F1
			if res.Error != "" {
				t.Failed++
			}
		}
	}
	var order []string
	for _, t := range wcxbTypes {
		if sums[t] != nil {
			order = append(order, t)
		}
	}
	var others []string
	for t := range sums {
		if !slices.Contains(wcxbTypes, t) {
			others = append(others, t)
		}
	}
	slices.Sort(others)
	var out []TypeScore
	for _, t := range append(order, others...) {
		out = append(out, sums[t].mean())
	}
	return append(out, all.mean())
}

func (t *TypeScore) mean() TypeScore {
	out := *t
	if n := float64(t.Pages); n > 0 {
		out.Precision, out.Recall, out.F1 = t.Precision/n, t.Recall/n, t.F1/n
	}
	return out
}
