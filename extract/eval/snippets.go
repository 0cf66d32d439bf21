package eval

import "strings"

// SnippetScore is the outcome of one page's snippet checks.
type SnippetScore struct {
	Counts
	// Missed lists the with snippets not found in the text.
	Missed []string `json:"missed,omitempty"`
	// Leaked lists the without snippets found in the text.
	Leaked []string `json:"leaked,omitempty"`
}

// ScoreSnippets checks the snippets of c against the extracted text by
// plain substring search. An empty text misses every with snippet.
func ScoreSnippets(text string, c Case) SnippetScore {
	var s SnippetScore
	for _, w := range c.With {
		if text != "" && strings.Contains(text, w) {
			s.TP++
		} else {
			s.FN++
			s.Missed = append(s.Missed, w)
		}
	}
	for _, w := range c.Without {
		if text != "" && strings.Contains(text, w) {
			s.FP++
			s.Leaked = append(s.Leaked, w)
		} else {
			s.TN++
		}
	}
	return s
}
