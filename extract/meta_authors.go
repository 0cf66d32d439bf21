package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// bylinePrefix matches the words that introduce a byline in the languages
// artext knows: "By", "Von", "Par", "Por", "di", "Door", "Written by",
// "Veröffentlicht von", "Publié par", "Autor:". The particles de, da and
// di count only in lower case, as they also begin names.
var bylinePrefix = regexp.MustCompile(`^\s*(?:(?i:(?:(?:written|posted|reported|published|words|text|story|interview|photos?|article)\s+(?:by|von|par))|` +
	`(?:(?:geschrieben|verfasst|veröffentlicht|erstellt|gepostet|publiziert|artikel|beitrag|ein\s+beitrag|text|interview)\s+von)|` +
	`(?:(?:publié|écrit|rédigé|article)\s+par)|(?:(?:escrito|publicado)\s+por)|(?:scritto\s+da)|` +
	`by|von|par|por|door|af|av|auteur|autor|autorin|author|authors|redakteur|redakteurin|verfasser|interview|text|texte|fotos?|photos?)|de|da|di)` +
	`(?:\s*:\s*|\s+)`)

// bylineInside finds a byline word inside a longer text: "Posted on
// March 3 by Jane Doe", "9. Februar 2019 von Heiko".
var bylineInside = regexp.MustCompile(`(?i)^(.*?)(?:[\s|·•,])(by|von|par|por|door|av|af)\s*:?\s+(\S.*)$`)

// authorSeparator matches what stands between two names in a byline.
var authorSeparator = regexp.MustCompile(`(?i)\s*(?:,|;|&|\||\s+(?:and|und|et|y|e|en|og|och|i)\s+)\s*`)

// authorCut matches where the name in a byline ends and something else
// begins: a date, a time, "am", "on", "le", "|", "·", a parenthesis, an
// "updated" note.
var authorCut = regexp.MustCompile(`(?i)\s*(?:\s[|·•–—]\s|\(|\[|\s(?:am|on|le|il|el|den|vom|at|um|published|updated|aktualisiert|veröffentlicht|mis à jour|posted|in|im|for|für|pour|para)\s+|\d|\s-\s).*$`)

// authorRoles are job titles that follow or precede a name in a byline.
var authorRoles = regexp.MustCompile(`(?i)^(?:(?:senior|chief|staff|guest|freelance|contributing|managing|deputy|political|business|science|health|foreign|special)\s+)*` +
	`(?:writer|reporter|editor|correspondent|contributor|columnist|journalist|journalistin|redakteur|redakteurin|chefredakteur|chefredakteurin|` +
	`redaktion|autor|autorin|author|korrespondent|korrespondentin|rédacteur|rédactrice|journaliste|envoyé spécial|editor-in-chief|producer|photographer|fotograf|staff|team|admin|administrator)$`)

// splitAuthors splits a byline into the names of its authors: "By A, B and
// C" gives A, B and C. Byline words, roles, dates, emails and empty parts
// are dropped.
func splitAuthors(byline string) []string {
	byline = collapseSpace(byline)
	byline = stripBylinePrefix(byline)
	var names []string
	for _, part := range authorSeparator.Split(byline, -1) {
		if name := cleanAuthor(part); name != "" {
			names = append(names, name)
		}
	}
	return names
}

// stripBylinePrefix removes the byline words that open s, or, when s is
// a longer line with such a word inside, everything up to it.
func stripBylinePrefix(s string) string {
	for {
		loc := bylinePrefix.FindStringIndex(s)
		if loc == nil || loc[1] >= len(s) {
			break
		}
		s = s[loc[1]:]
	}
	if m := bylineInside.FindStringSubmatch(s); m != nil && bylineWordStarts(m[1], strings.ToLower(m[2])) {
		s = m[3]
	}
	return s
}

// bylineWordStarts reports whether a byline word found inside a text
// after before starts the byline, rather than being part of a name such
// as "Walter von Aachen": by, par and por always do; the others when a
// date or a word in lower case comes before them.
func bylineWordStarts(before, word string) bool {
	switch word {
	case "by", "par", "por":
		return true
	}
	for _, w := range strings.Fields(before) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsDigit(r) || unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// cleanAuthor returns the name in one part of a byline, or "" when it does
// not look like a name.
func cleanAuthor(s string) string {
	s = collapseSpace(s)
	s = stripBylinePrefix(s)
	if strings.Contains(s, "@") || strings.Contains(s, "://") || strings.HasPrefix(s, "www.") {
		// An email, a handle or a URL: drop the word that holds it.
		var words []string
		for _, w := range strings.Fields(s) {
			if !strings.Contains(w, "@") && !strings.Contains(w, "://") && !strings.HasPrefix(w, "www.") {
				words = append(words, w)
			}
		}
		s = strings.Join(words, " ")
	}
	s = authorCut.ReplaceAllString(s, "")
	s = strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || (unicode.IsPunct(r) || unicode.IsSymbol(r)) && r != '.' && r != '\''
	})
	s = strings.TrimLeft(s, ". ")
	if authorRoles.MatchString(s) {
		return ""
	}
	// A role after the name: "Jane Doe Staff Writer".
	words := strings.Fields(s)
	for i := len(words) - 1; i > 0; i-- {
		if authorRoles.MatchString(strings.Join(words[i:], " ")) {
			words = words[:i]
			break
		}
	}
	s = strings.Join(words, " ")
	if !looksLikeName(s) {
		return ""
	}
	return s
}

// looksLikeName reports whether s can be a person's name: one to five
// words, at least one letter, no more than 60 bytes.
func looksLikeName(s string) bool {
	if s == "" || len(s) > 60 {
		return false
	}
	words := strings.Fields(s)
	if len(words) > 5 {
		return false
	}
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 2 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// chooseAuthors returns the names of the article's authors from the first
// source that gives some, in order of trust: JSON-LD Person authors, the
// author <meta> tags, microdata author properties, links to author pages,
// elements classed as bylines, then readability's byline. A name that is
// the site's name is dropped.
func chooseAuthors(sources [][]string, sites []string) []string {
	nsites := make([]string, 0, len(sites))
	for _, s := range sites {
		if n := strings.ReplaceAll(normText(s), " ", ""); n != "" {
			nsites = append(nsites, n)
		}
	}
	for _, src := range sources {
		var names []string
		for _, raw := range src {
			for _, name := range splitAuthors(raw) {
				n := strings.ReplaceAll(normText(name), " ", "")
				if isSiteName(n, nsites) || containsFold(names, name) {
					continue
				}
				names = append(names, name)
			}
		}
		if len(names) > 0 {
			return names
		}
	}
	return nil
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}
