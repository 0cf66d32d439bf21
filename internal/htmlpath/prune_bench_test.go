package htmlpath

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/artext/artext/internal/input"
	"golang.org/x/net/html"
)

// evalDocs parses the pages of the trafilatura evaluation set, or skips
// the benchmark when ../shared/eval is absent.
func evalDocs(b *testing.B) []*html.Node {
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

// BenchmarkScanPage measures the walk over a page's body that finds what
// pruning and the fallback candidate need (see scanPage), per page. It
// does not prune: the documents are parsed once and read only.
func BenchmarkScanPage(b *testing.B) {
	docs := evalDocs(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		scanPage(docs[i%len(docs)])
	}
}
