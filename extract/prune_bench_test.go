package extract

import (
	"testing"
)

// BenchmarkScanPage measures the walk over a page's body that finds what
// pruning and the fallback candidate need (see scanPage), per page. It
// does not prune: the documents are parsed once and read only.
func BenchmarkScanPage(b *testing.B) {
	docs := metadataPages(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		scanPage(docs[i%len(docs)])
	}
}
