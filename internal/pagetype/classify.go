package pagetype

import (
	"fmt"
	"net/url"
	"slices"

	"golang.org/x/net/html"
)

// Result is what Classify tells of a page.
type Result struct {
	// Type is the most likely kind of page.
	Type Type
	// Scores holds the probability of each type, indexed by Type; they sum
	// to 1.
	Scores []float64
	// Evidence names the signals that weighed most for Type against the
	// runner-up, strongest first ("url:forum", "ld:product", "rep:posts").
	Evidence []string
}

// Confidence returns the probability of the chosen type.
func (r Result) Confidence() float64 { return r.Scores[r.Type] }

// Classify tells what kind of page doc is. pageURL may be nil. It walks
// the document once without changing it and parses its JSON-LD blocks;
// it costs about as much as one more parse of the page's scripts.
func Classify(doc *html.Node, pageURL *url.URL) Result {
	x := featuresOf(doc, pageURL)
	return decide(x, &model)
}

// featuresOf returns the feature vector of a page.
func featuresOf(doc *html.Node, pageURL *url.URL) []float64 {
	var s signals
	s.walk(doc, false, false)
	s.readJSONLD()
	return features(&s, readURL(pageURL))
}

// decide scores x with the weights of m and returns the result.
func decide(x []float64, m *linearModel) Result {
	logits := make([]float64, numTypes)
	for t := range logits {
		logits[t] = dot(m.weights[t], x)
	}
	probs := softmax(logits)
	best := Type(0)
	for t := range probs {
		if probs[t] > probs[best] {
			best = Type(t)
		}
	}
	second := Type(0)
	if best == 0 {
		second = 1
	}
	for t := range probs {
		if Type(t) != best && probs[t] > probs[second] {
			second = Type(t)
		}
	}
	return Result{Type: best, Scores: probs, Evidence: evidence(x, m, best, second)}
}

// evidence names the features that add most to the margin of best over
// second.
func evidence(x []float64, m *linearModel, best, second Type) []string {
	type part struct {
		name string
		w    float64
	}
	var parts []part
	for i := 1; i < len(x); i++ {
		if c := (m.weights[best][i] - m.weights[second][i]) * x[i]; c > 0.25 {
			parts = append(parts, part{featureNames[i], c})
		}
	}
	slices.SortFunc(parts, func(a, b part) int {
		switch {
		case a.w > b.w:
			return -1
		case a.w < b.w:
			return 1
		}
		return 0
	})
	var out []string
	for _, p := range parts[:min(4, len(parts))] {
		out = append(out, p.name)
	}
	return out
}

// String gives the type, its probability and the evidence.
func (r Result) String() string {
	return fmt.Sprintf("%s %.2f %v", r.Type, r.Confidence(), r.Evidence)
}
