package extract_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/artext/artext/extract"
)

// BenchmarkFromText extracts the text fixtures, and the first 100 pages of
// ../shared/eval/trafilatura/text when that folder is present, as text, as
// the JSON output needs it.
func BenchmarkFromText(b *testing.B) {
	paths := textFixtures(b)
	if eval, _ := filepath.Glob("../../shared/eval/trafilatura/text/*.txt"); len(eval) > 0 {
		paths = append(paths, eval[:min(100, len(eval))]...)
	}
	inputs := make([][]byte, len(paths))
	size := 0
	for i, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		inputs[i] = data
		size += len(data)
	}
	opts := extract.Options{InputFormat: extract.InputText, NoMarkdown: true, NoHTML: true}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, data := range inputs {
			extract.FromBytes(context.Background(), data, opts)
		}
	}
}
