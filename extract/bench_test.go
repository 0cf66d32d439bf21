package extract_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/artext/artext/extract"
	"golang.org/x/net/html"
)

// evalPages loads the pages of the trafilatura evaluation set, or skips
// the benchmark when ../shared/eval is absent.
func evalPages(b *testing.B) [][]byte {
	b.Helper()
	paths, _ := filepath.Glob("../../shared/eval/trafilatura/html/*.html")
	if len(paths) == 0 {
		b.Skip("../shared/eval/trafilatura/html is absent")
	}
	pages := make([][]byte, len(paths))
	for i, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		pages[i] = data
	}
	return pages
}

// BenchmarkParse measures the HTML parse alone, per page.
func BenchmarkParse(b *testing.B) {
	pages := evalPages(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if _, err := html.Parse(bytes.NewReader(pages[i%len(pages)])); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReadability measures readability alone per page, in the
// cheapest way to use it: html.Parse, then Parser.ParseAndMutate. This is
// the baseline the pipeline is compared with. (readability's own Parse
// also runs a charset detector over the whole page and costs more.)
func BenchmarkReadability(b *testing.B) {
	pages := evalPages(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		readabilityAlone(pages[i%len(pages)])
	}
}

func readabilityAlone(page []byte) {
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return
	}
	p := readability.NewParser()
	_, _ = p.ParseAndMutate(doc, nil)
}

// BenchmarkPipeline measures the whole artext pipeline per page: reading,
// charset, parse, metadata, readability, boilerplate filter and every
// rendering of the Article.
func BenchmarkPipeline(b *testing.B) {
	pages := evalPages(b)
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		_, _ = extract.FromBytes(ctx, pages[i%len(pages)], extract.Options{NoHTML: true})
	}
}

// BenchmarkMedianRatio runs readability alone and the pipeline on every
// page in turn, timing each page, and reports the median time per page of
// each and their ratio (pipeline/readability). Interleaving keeps the
// noise of a shared machine out of the ratio.
//
// Readability alone is measured two ways: "readability" is html.Parse and
// Parser.ParseAndMutate, the cheapest way to use it (the strict baseline);
// "readability-api" is readability.FromReader, its documented entry point,
// which also runs a charset detector over the page. The pipeline renders
// what JSON output needs: text and Markdown.
func BenchmarkMedianRatio(b *testing.B) {
	pages := evalPages(b)
	ctx := context.Background()
	var base, api, pipe []time.Duration
	for b.Loop() {
		for _, page := range pages {
			t0 := time.Now()
			readabilityAlone(page)
			t1 := time.Now()
			_, _ = readability.FromReader(bytes.NewReader(page), nil)
			t2 := time.Now()
			_, _ = extract.FromBytes(ctx, page, extract.Options{NoHTML: true})
			base = append(base, t1.Sub(t0))
			api = append(api, t2.Sub(t1))
			pipe = append(pipe, time.Since(t2))
		}
	}
	mb, ma, mp := median(base), median(api), median(pipe)
	b.ReportMetric(float64(mb.Microseconds())/1000, "readability-ms/page")
	b.ReportMetric(float64(ma.Microseconds())/1000, "readability-api-ms/page")
	b.ReportMetric(float64(mp.Microseconds())/1000, "pipeline-ms/page")
	b.ReportMetric(float64(mp)/float64(mb), "ratio")
	b.ReportMetric(float64(mp)/float64(ma), "ratio-api")
}

func median(d []time.Duration) time.Duration {
	s := slices.Clone(d)
	slices.Sort(s)
	return s[len(s)/2]
}
