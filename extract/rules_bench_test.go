package extract_test

import (
	"bytes"
	"context"
	"testing"
	"time"

	"github.com/artext/artext/boilerplate"
	"github.com/artext/artext/extract"
)

// judgedPage is the input of the rules on one page: the blocks of its
// article and its language.
type judgedPage struct {
	blocks []boilerplate.Block
	lang   string
}

// judgedPages runs the pipeline over every evaluation page once and keeps
// the blocks the rules see on each.
func judgedPages(b *testing.B, pages [][]byte) []judgedPage {
	b.Helper()
	out := make([]judgedPage, 0, len(pages))
	for _, page := range pages {
		judged, a, _ := extract.JudgeBlocks(context.Background(), bytes.NewReader(page), extract.Options{NoMarkdown: true, NoHTML: true})
		p := judgedPage{}
		for _, j := range judged {
			p.blocks = append(p.blocks, j.Block)
		}
		if a != nil {
			p.lang = a.Language
		}
		out = append(out, p)
	}
	return out
}

// BenchmarkRules measures the default rules alone, per page: one
// RuleSet.Apply over the blocks of the article of an evaluation page.
func BenchmarkRules(b *testing.B) {
	pages := judgedPages(b, evalPages(b))
	rules := boilerplate.Default()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		p := pages[i%len(pages)]
		rules.Apply(p.blocks, p.lang)
	}
}

// BenchmarkRulesRatio times readability alone and the default rules on
// every page in turn, and reports the median time per page of each, their
// ratio (rules/readability), and the ratio of the total times. The rules
// must stay under a tenth of readability's time.
func BenchmarkRulesRatio(b *testing.B) {
	raw := evalPages(b)
	pages := judgedPages(b, raw)
	rules := boilerplate.Default()
	var base, apply []time.Duration
	var sumBase, sumApply time.Duration
	for b.Loop() {
		for i, page := range raw {
			start := time.Now()
			readabilityAlone(page)
			mid := time.Now()
			rules.Apply(pages[i].blocks, pages[i].lang)
			end := time.Now()
			base = append(base, mid.Sub(start))
			apply = append(apply, end.Sub(mid))
			sumBase += mid.Sub(start)
			sumApply += end.Sub(mid)
		}
	}
	mb, ma := median(base), median(apply)
	b.ReportMetric(float64(mb.Microseconds())/1000, "readability-ms/page")
	b.ReportMetric(float64(ma.Nanoseconds())/1e6, "rules-ms/page")
	b.ReportMetric(float64(ma)/float64(mb), "median-ratio")
	b.ReportMetric(float64(sumApply)/float64(sumBase), "total-ratio")
}
