package meta_test

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
	"github.com/artext/artext/internal/input"
	"github.com/artext/artext/internal/meta"
	"golang.org/x/net/html"
)

// metadataPages parses the pages of the trafilatura evaluation set, or
// skips the benchmark when ../shared/eval is absent.
func metadataPages(b *testing.B) []*html.Node {
	b.Helper()
	paths, _ := filepath.Glob("../../../shared/eval/trafilatura/html/*.html")
	if len(paths) == 0 {
		b.Skip("../shared/eval/trafilatura/html is absent")
	}
	docs := make([]*html.Node, 0, len(paths))
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		utf8Data, _, err := input.DecodeToUTF8(data, "", "", true)
		if err != nil {
			continue
		}
		doc, err := html.Parse(bytes.NewReader(utf8Data))
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, doc)
	}
	return docs
}

// BenchmarkMetadata measures the metadata stage per page: the walk over
// the document and the decisions on every field (without readability's
// fallbacks, nor language detection, which needs the article's text).
// It reports the median time per page besides the mean.
func BenchmarkMetadata(b *testing.B) {
	docs := metadataPages(b)
	var times []time.Duration
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		doc := docs[i%len(docs)]
		start := time.Now()
		m := meta.Collect(doc, nil)
		m.Decide(readability.Article{})
		times = append(times, time.Since(start))
	}
	slices.Sort(times)
	b.ReportMetric(float64(times[len(times)/2].Nanoseconds())/1e6, "median-ms/page")
}

// BenchmarkLanguage measures the language check per page, on the
// article's text: with the language the page declares, and with none.
func BenchmarkLanguage(b *testing.B) {
	paths, _ := filepath.Glob("../../../shared/eval/trafilatura/html/*.html")
	if len(paths) == 0 {
		b.Skip("../shared/eval/trafilatura/html is absent")
	}
	var texts, langs []string
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		a, err := extract.FromBytes(context.Background(), data, extract.Options{NoMarkdown: true, NoHTML: true})
		if err == nil {
			texts = append(texts, a.Text)
			langs = append(langs, a.Language)
		}
	}
	b.Run("declared", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			meta.ArticleLanguage(langs[i%len(texts)], texts[i%len(texts)])
		}
	})
	b.Run("undeclared", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			meta.ArticleLanguage("", texts[i%len(texts)])
		}
	})
}
