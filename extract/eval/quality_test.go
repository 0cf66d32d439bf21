package eval_test

import (
	"context"
	"os"
	"testing"

	"github.com/artext/artext/extract/eval"
)

// TestQualityFloor extracts the evaluation sets of ../shared/eval, when
// they are there, and fails when quality falls below the floors the
// docs/quality.md reports: a regression test for extraction.
// It takes a few seconds, and is skipped with -short.
func TestQualityFloor(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts some 900 pages")
	}
	tests := []struct {
		set        string
		f1, recall float64
	}{
		// F1 0.9178 when this test was written, with the spine's rules.
		{set: "../../../shared/eval/trafilatura/cases.json", f1: 0.91},
		// The text of Readability.js's expected pages: the filter must
		// not cut real content.
		{set: "../../../shared/eval/readability", recall: 0.97},
	}
	for _, tt := range tests {
		if _, err := os.Stat(tt.set); err != nil {
			t.Skipf("%s is absent", tt.set)
		}
		set, err := eval.LoadSet(tt.set, "")
		if err != nil {
			t.Fatal(err)
		}
		r := eval.Run(context.Background(), set, eval.Config{Jobs: 2})
		if r.F1 < tt.f1 || r.Recall < tt.recall {
			t.Errorf("%s: F1 %.4f recall %.4f, want at least %.2f and %.2f", tt.set, r.F1, r.Recall, tt.f1, tt.recall)
		}
	}
}
