package eval

import (
	"math"
	"testing"

	_ "github.com/artext/artext/internal/golden" // defines -update for go test ./... -update
)

func TestScoreShingles(t *testing.T) {
	tests := []struct {
		name           string
		text, truth    string
		precision, rec float64
		exact          bool
	}{
		{"identical", "one two three four five", "one two three four five", 1, 1, true},
		{"punctuation and case of spacing ignored", "one, two. three  four\nfive", "one two three four five", 1, 1, true},
		// truth has shingles 1234 2345; text adds 3456: tp 2, fp 1, fn 0.
		{"one word too many", "one two three four five six", "one two three four five", 2.0 / 3, 1, false},
		// text has 1234 only: tp 1, fn 1.
		{"one word missing", "one two three four", "one two three four five", 1, 0.5, false},
		{"nothing extracted", "", "one two three four five", 0, 0, false},
		{"both empty", "", "", 1, 1, true},
		{"text where the truth is empty", "one two three four", "", 0, 0, false},
		{"short texts are one shingle", "hello world", "hello world", 1, 1, true},
		// Multisets: a shingle twice in the text and once in the truth is one tp and one fp.
		{"repeated shingle", "a b c d a b c d", "a b c d", 1.0 / 5, 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := ScoreShingles(tt.text, tt.truth)
			if !near(s.Precision, tt.precision) || !near(s.Recall, tt.rec) || s.Exact != tt.exact {
				t.Errorf("got precision %.3f recall %.3f exact %v, want %.3f %.3f %v", s.Precision, s.Recall, s.Exact, tt.precision, tt.rec, tt.exact)
			}
			if sum := s.TP + s.FP + s.FN; sum != 0 && !near(sum, 1) {
				t.Errorf("tp+fp+fn = %.3f, want 1 (normalised)", sum)
			}
		})
	}
}

func TestScoreSnippets(t *testing.T) {
	c := Case{With: []string{"the article", "a missing line"}, Without: []string{"Share this", "Cookie policy"}}
	s := ScoreSnippets("This is the article. Share this.", c)
	want := Counts{TP: 1, FN: 1, FP: 1, TN: 1}
	if s.Counts != want {
		t.Errorf("counts = %+v, want %+v", s.Counts, want)
	}
	if len(s.Missed) != 1 || s.Missed[0] != "a missing line" || len(s.Leaked) != 1 || s.Leaked[0] != "Share this" {
		t.Errorf("missed %q leaked %q", s.Missed, s.Leaked)
	}
	// An empty extraction misses every with snippet and finds no without snippet.
	if s := ScoreSnippets("", c); s.Counts != (Counts{FN: 2, TN: 2}) {
		t.Errorf("empty text: counts = %+v", s.Counts)
	}
}

func TestCounts(t *testing.T) {
	c := Counts{TP: 8, FP: 2, FN: 2, TN: 8}
	for name, got := range map[string]float64{"precision": c.Precision(), "recall": c.Recall(), "f1": c.F1(), "accuracy": c.Accuracy()} {
		if !near(got, 0.8) {
			t.Errorf("%s = %.3f, want 0.8", name, got)
		}
	}
	if (Counts{}).F1() != 0 {
		t.Error("F1 of nothing should be 0")
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
