package extract

import (
	"regexp"
	"strings"
)

// bylinePrefix matches the words that introduce a byline in the languages
// artext knows: "By", "Von", "Par", "Por", "Di", "Door", "Written by".
var bylinePrefix = regexp.MustCompile(`(?i)^\s*(?:(?:written|posted|reported|words)\s+by|by|von|par|por|di|door|de|da|auteur|autor|author)\s*:?\s+`)

// authorSeparator matches what stands between two names in a byline.
var authorSeparator = regexp.MustCompile(`(?i)\s*(?:,|;|&|\||/|\s+(?:and|und|et|y|e|en|og|och)\s+)\s*`)

// splitAuthors splits a byline into the names of its authors: "By A, B and
// C" gives A, B and C. Emails and empty parts are dropped.
func splitAuthors(byline string) []string {
	byline = strings.Join(strings.Fields(byline), " ")
	byline = bylinePrefix.ReplaceAllString(byline, "")
	var names []string
	for _, part := range authorSeparator.Split(byline, -1) {
		part = strings.Trim(part, " .:-–—")
		if part == "" || strings.Contains(part, "@") {
			continue
		}
		names = append(names, part)
	}
	return names
}
