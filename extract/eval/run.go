package eval

import (
	"context"
	"os"
	"slices"
	"sort"

	"github.com/artext/artext/extract"
	"github.com/artext/artext/internal/batch"
)

// Config adjusts an evaluation run.
type Config struct {
	// Jobs is the number of pages extracted at once; 0 means one per CPU
	// (runtime.GOMAXPROCS(0)).
	Jobs int
	// Options are the extraction options; each page's URL and name are
	// set from the page.
	Options extract.Options
}

// Result is the outcome of one page.
type Result struct {
	Page Page `json:"page"`
	// Snippets is the page's snippet score, in a snippet set.
	Snippets *SnippetScore `json:"snippets,omitempty"`
	// Shingles is the page's shingle score, in a full-text set.
	Shingles *ShingleScore `json:"shingles,omitempty"`
	// Words is the page's word score, in a WCXB set.
	Words *WordScore `json:"words,omitempty"`
	// Error is the extraction error, if any. A page without an article
	// scores as an empty text.
	Error string `json:"error,omitempty"`
	// Article is what was extracted, nil on error.
	Article *extract.Article `json:"-"`
}

// Run extracts every page of set and scores it. Results come in the order
// of set.Pages; when ctx is cancelled, the report covers the pages done
// until then. A page whose extraction panics is a failed page.
func Run(ctx context.Context, set *Set, cfg Config) *Report {
	work := func(ctx context.Context, p Page) Result { return runPage(ctx, set.Kind, p, cfg.Options) }
	results := make([]Result, 0, len(set.Pages))
	for r := range batch.Run(ctx, slices.Values(set.Pages), cfg.Jobs, work) {
		res := r.Value
		if r.Err != nil {
			res = Result{Page: r.Input, Error: r.Err.Error()}
			res.score(set.Kind, "")
		}
		results = append(results, res)
	}
	return newReport(set.Kind, results)
}

func runPage(ctx context.Context, kind Kind, p Page, opts extract.Options) Result {
	r := Result{Page: p}
	opts.URL, opts.Name = p.URL, p.Path
	var text string
	f, err := os.Open(p.Path)
	if err == nil {
		var a *extract.Article
		a, err = extract.FromReader(ctx, f, opts)
		f.Close()
		if a != nil {
			text = a.Text
			r.Article = a
		}
	}
	if err != nil {
		r.Error = err.Error()
	}
	r.score(kind, text)
	return r
}

// score scores text, the page's extracted text, against its annotation
// in a set of the given kind.
func (r *Result) score(kind Kind, text string) {
	switch {
	case r.Page.Case != nil:
		s := ScoreSnippets(text, *r.Page.Case)
		r.Snippets = &s
	case kind == WCXB:
		s := ScoreWords(text, r.Page.Truth)
		r.Words = &s
	default:
		s := ScoreShingles(text, r.Page.Truth)
		r.Shingles = &s
	}
}

// Report sums up an evaluation run.
type Report struct {
	Kind  Kind `json:"kind"`
	Pages int  `json:"pages"`
	// Failed counts the pages whose extraction failed or found no article.
	Failed int `json:"failed"`
	// Counts sums the snippet outcomes of a snippet set.
	Counts *Counts `json:"counts,omitempty"`
	// Precision and Recall are those of the snippets of a snippet set, and
	// the averages over pages of a full-text or WCXB set. F1 is that of
	// the snippets, of the averaged precision and recall in a full-text
	// set, and the average of the pages' F1 in a WCXB set, as the
	// benchmark reports it. Accuracy is the share of right snippets, or of
	// the pages extracted word for word.
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	Accuracy  float64 `json:"accuracy"`
	// Types holds the scores per page type of a WCXB set, "all" last.
	Types []TypeScore `json:"types,omitempty"`
	// Results holds every page's outcome, in order.
	Results []Result `json:"-"`
}

func newReport(kind Kind, results []Result) *Report {
	r := &Report{Kind: kind, Pages: len(results), Results: results}
	var c Counts
	var p, rec, f1 float64
	exact := 0
	for _, res := range results {
		if res.Error != "" {
			r.Failed++
		}
		if res.Snippets != nil {
			c = c.Add(res.Snippets.Counts)
		}
		if s := res.Shingles; s != nil {
			p += s.Precision
			rec += s.Recall
			if s.Exact {
				exact++
			}
		}
		if s := res.Words; s != nil {
			p += s.Precision
			rec += s.Recall
			f1 += s.F1
			if s.Overlap == s.Extracted && s.Overlap == s.Truth {
				exact++
			}
		}
	}
	if kind == Snippets {
		r.Counts = &c
		r.Precision, r.Recall, r.F1, r.Accuracy = c.Precision(), c.Recall(), c.F1(), c.Accuracy()
		return r
	}
	if n := float64(len(results)); n > 0 {
		r.Precision, r.Recall, r.Accuracy = p/n, rec/n, float64(exact)/n
		if kind == WCXB {
			r.F1 = f1 / n
			r.Types = scoreTypes(results)
		} else if r.Precision+r.Recall > 0 {
			r.F1 = 2 * r.Precision * r.Recall / (r.Precision + r.Recall)
		}
	}
	return r
}

// Worst returns the n pages that cost most: the most snippet errors, or
// the lowest shingle or word F1; ties keep the set's order.
func (r *Report) Worst(n int) []Result {
	out := append([]Result(nil), r.Results...)
	sort.SliceStable(out, func(i, j int) bool { return cost(out[i]) > cost(out[j]) })
	return out[:min(n, len(out))]
}

func cost(r Result) float64 {
	if r.Snippets != nil {
		return float64(r.Snippets.Errors())
	}
	if s := r.Words; s != nil {
		return 1 - s.F1
	}
	if s := r.Shingles; s != nil {
		if s.Precision+s.Recall == 0 {
			return 1
		}
		return 1 - 2*s.Precision*s.Recall/(s.Precision+s.Recall)
	}
	return 0
}
