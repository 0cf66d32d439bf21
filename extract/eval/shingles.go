package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
)

// Truth maps a page id to its article body, the format of the ScrapingHub
// article-extraction benchmark's ground truth:
//
//	{"0001": {"articleBody": "The whole text of the article ..."}, ...}
//
// The page of id X is the file X.html of the pages folder.
type Truth map[string]struct {
	ArticleBody string `json:"articleBody"`
}

// LoadTruth reads a full-text truth file.
func LoadTruth(path string) (Truth, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var t Truth
	if err := json.Unmarshal(data, &t); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return t, nil
}

// ShingleScore is the outcome of comparing one page's extracted text with
// its truth.
type ShingleScore struct {
	// TP, FP and FN count shingles (word 4-grams) over multisets, divided
	// by their sum.
	TP float64 `json:"tp"`
	FP float64 `json:"fp"`
	FN float64 `json:"fn"`
	// Precision is TP/(TP+FP) and Recall TP/(TP+FN); both are 1 when
	// there is neither FP nor FN (both texts empty included), and a ratio
	// whose denominator is 0 otherwise is 0: nothing extracted from a page
	// with an article scores 0 and 0, text extracted from a page whose
	// truth is empty too.
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	// Exact reports whether the word sequences are equal.
	Exact bool `json:"exact"`
}

var wordPattern = regexp.MustCompile(`[\p{L}\p{N}_]+`)

// ScoreShingles compares the words of text with those of truth: the
// sequences of word characters (letters, digits, underscore) are cut into
// overlapping 4-grams (a text of fewer than four words is one shingle),
// and shingles in common count as true positives.
func ScoreShingles(text, truth string) ShingleScore {
	got, want := wordPattern.FindAllString(text, -1), wordPattern.FindAllString(truth, -1)
	gs, ws := shingles(got), shingles(want)
	var tp, fp, fn float64
	for k, g := range gs {
		w := ws[k]
		tp += float64(min(g, w))
		fp += float64(max(0, g-w))
	}
	for k, w := range ws {
		fn += float64(max(0, w-gs[k]))
	}
	if sum := tp + fp + fn; sum > 0 {
		tp, fp, fn = tp/sum, fp/sum, fn/sum
	}
	s := ShingleScore{TP: tp, FP: fp, FN: fn, Exact: slices.Equal(got, want)}
	switch {
	case fp == 0 && fn == 0:
		// Both texts empty, or equal as multisets.
		s.Precision, s.Recall = 1, 1
	default:
		if tp+fp > 0 {
			s.Precision = tp / (tp + fp)
		}
		if tp+fn > 0 {
			s.Recall = tp / (tp + fn)
		}
	}
	return s
}

func shingles(words []string) map[string]int {
	const n = 4
	m := make(map[string]int, len(words))
	if len(words) == 0 {
		return m
	}
	for i := 0; i < max(1, len(words)-n+1); i++ {
		m[strings.Join(words[i:min(len(words), i+n)], "\x00")]++
	}
	return m
}
