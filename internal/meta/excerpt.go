package meta

import "strings"

// excerptWords is the length of an excerpt taken from an article's text.
const excerptWords = 50

// Excerpt returns the excerpt of an article: the page's description, else
// the first excerptWords words of its text, with an ellipsis when it cut.
func Excerpt(description, text string) string {
	if description != "" {
		return description
	}
	return firstWords(text, excerptWords)
}

// firstWords returns the first n words of s, with an ellipsis when it cut.
func firstWords(s string, n int) string {
	words := strings.Fields(s)
	if len(words) <= n {
		return strings.Join(words, " ")
	}
	return strings.Join(words[:n], " ") + "…"
}
