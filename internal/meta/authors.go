package meta

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxBylineWords is the length, in words, above which a line is not
// taken for a byline.
const MaxBylineWords = 16

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
var authorCut = regexp.MustCompile(`(?i)\s*(?:\s[|·•–—]\s|\(|\[|\s(?:am|on|le|il|el|den|vom|at|um|published|updated|aktualisiert|veröffentlicht|mis à jour|posted|in|im|for|für|pour|para)\s+|\s\d|\s-\s).*$`)

// leadingConjunction matches a conjunction left at the start of a byline
// part: "und Interview: Jane Doe".
var leadingConjunction = regexp.MustCompile(`(?i)^(?:and|und|et|y|e|en)\s+`)

// authorRoles are job titles that follow or precede a name in a byline.
var authorRoles = regexp.MustCompile(`(?i)^(?:(?:senior|chief|staff|guest|freelance|contributing|managing|deputy|political|business|science|health|foreign|special)\s+)*` +
	`(?:writer|reporter|editor|correspondent|contributor|columnist|journalist|journalistin|redakteur|redakteurin|chefredakteur|chefredakteurin|` +
	`autor|autorin|author|korrespondent|korrespondentin|rédacteur|rédactrice|journaliste|envoyé spécial|editor-in-chief|producer|photographer|fotograf|staff|team|admin|administrator)$`)

// SplitAuthors splits a byline into the names of its authors: "By A, B and
// C" gives A, B and C. Byline words, roles, dates, emails and empty parts
// are dropped.
func SplitAuthors(byline string) []string {
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
	s = trimBylineWords(s)
	if m := bylineInside.FindStringSubmatch(s); m != nil && bylineWordStarts(m[1], m[2]) {
		s = m[3]
	}
	return s
}

// trimBylineWords removes the byline words that open s ("By", "Von",
// "Written by"...).
func trimBylineWords(s string) string {
	for {
		loc := bylinePrefix.FindStringIndex(s)
		if loc == nil || loc[1] >= len(s) {
			return s
		}
		s = s[loc[1]:]
	}
}

// bylineWordStarts reports whether a byline word found inside a text
// after before starts the byline, rather than being part of a name such
// as "Walter von Aachen": by, par and por always do; the others when they
// are capitalised ("Disko Von Jane Doe"), or when a date or a word in
// lower case comes before them.
func bylineWordStarts(before, word string) bool {
	switch strings.ToLower(word) {
	case "by", "par", "por":
		return true
	}
	if r, _ := utf8.DecodeRuneInString(word); unicode.IsUpper(r) {
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
	s = stripBylinePrefix(leadingConjunction.ReplaceAllString(s, ""))
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
	if loc := authorCut.FindStringIndex(s); loc != nil {
		cut := strings.TrimSpace(s[loc[0]:])
		s = s[:loc[0]]
		// A date written "August 21, 2019": its month came before the cut.
		if cut != "" && cut[0] >= '0' && cut[0] <= '9' {
			i := strings.LastIndexByte(strings.TrimSpace(s), ' ')
			if monthNames[strings.ToLower(strings.TrimRight(strings.TrimSpace(s)[i+1:], "."))] != 0 {
				s = strings.TrimSpace(s)[:max(i, 0)] // the month alone is no name either
			}
		}
	}
	s = strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || (unicode.IsPunct(r) || unicode.IsSymbol(r)) && r != '.' && r != '\''
	})
	s = strings.TrimLeft(s, ". ")
	s = strings.TrimRight(s, "' ")
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
	// A weekday before a date that was cut: "Jane Doe Fr".
	if n := len(words); n > 1 && weekdays[strings.ToLower(strings.Trim(words[n-1], ".,"))] {
		words = words[:n-1]
	}
	s = strings.Join(words, " ")
	if !looksLikeName(s) {
		return ""
	}
	return s
}

// notNameWords are words that the links and labels around a byline hold
// and names do not: "All articles", "View profile", "Mehr", "Stand".
var notNameWords = map[string]bool{
	"all": true, "alle": true, "articles": true, "artikel": true, "beiträge": true, "posts": true, "more": true,
	"mehr": true, "view": true, "profile": true, "profil": true, "zeige": true, "see": true, "show": true,
	"follow": true, "folgen": true, "email": true, "e-mail": true, "mail": true, "contact": true, "kontakt": true,
	"stand": true, "name": true, "published": true, "publicado": true, "publié": true, "veröffentlicht": true,
	"posted": true, "eingestellt": true, "written": true, "geschrieben": true, "hace": true, "ago": true,
	"vor": true, "share": true, "teilen": true, "read": true, "lesen": true, "über": true, "about": true,
	"autorenseite": true, "inhalte": true, "gesponserte": true, "sponsored": true, "comments": true,
	"kommentare": true, "updated": true, "aktualisiert": true, "minutes": true, "minuten": true, "min": true,
	"home": true, "startseite": true, "menu": true, "menü": true,
	"login": true, "anmelden": true, "search": true, "suche": true, "twitter": true, "facebook": true,
	"instagram": true, "linkedin": true, "website": true, "homepage": true, "biography": true, "bio": true,
	"date": true, "datum": true, "fecha": true, "publiziert": true, "erstellt": true, "am": true, "on": true,
	// Words of organisations, which are publishers rather than authors.
	"gmbh": true, "e.v": true, "ag": true, "inc": true, "ltd": true, "llc": true, "kg": true, "ug": true,
	"s.a": true, "stiftung": true, "verlag": true, "verein": true, "group": true, "gruppe": true,
	"media": true, "medien": true, "online": true, "zeitung": true, "newspaper": true, "magazin": true,
	"magazine": true, "university": true, "universität": true, "université": true, "press": true,
}

// weekdays are the weekday names and abbreviations that come between a
// name and a date: "Jane Doe Fr, 12.03.2021".
var weekdays = map[string]bool{
	"mon": true, "tue": true, "wed": true, "thu": true, "fri": true, "sat": true, "sun": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"mo": true, "di": true, "mi": true, "do": true, "fr": true, "sa": true, "so": true,
	"montag": true, "dienstag": true, "mittwoch": true, "donnerstag": true, "freitag": true, "samstag": true, "sonntag": true,
	"lundi": true, "mardi": true, "mercredi": true, "jeudi": true, "vendredi": true, "samedi": true, "dimanche": true,
}

// looksLikeName reports whether s can be a person's name: one to five
// words, none of them a word of the labels around bylines, at least one
// letter, no more than 60 bytes, not several words all in lower case, and
// not a weekday alone.
func looksLikeName(s string) bool {
	if s == "" || len(s) > 60 {
		return false
	}
	words := strings.Fields(s)
	if len(words) > 5 {
		return false
	}
	lower := 0
	for _, w := range words {
		lw := strings.ToLower(strings.Trim(w, ".,:;!?"))
		if notNameWords[lw] {
			return false
		}
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			lower++
		}
	}
	if len(words) > 1 && lower == len(words) {
		return false
	}
	if len(words) == 1 && weekdays[strings.ToLower(strings.Trim(words[0], ".,"))] {
		return false // the day of a date: "Sunday, Feb 1, 2015"
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
// source that gives some, in the order of sources. A name that is the
// site's name is dropped. A source that gives only user names ("jdoe",
// "jane.doe") gives way to a later one that gives a real name.
func chooseAuthors(sources [][]string, sites []string) []string {
	nsites := make([]string, 0, len(sites))
	for _, s := range sites {
		if n := strings.ReplaceAll(normText(s), " ", ""); n != "" {
			nsites = append(nsites, n)
		}
	}
	var handles []string
	for _, src := range sources {
		var names []string
		for _, raw := range src {
			for _, name := range SplitAuthors(raw) {
				name = trimSiteName(name, nsites)
				n := strings.ReplaceAll(normText(name), " ", "")
				if n == "" || isSiteName(n, nsites) || containsFold(names, name) {
					continue
				}
				names = append(names, name)
			}
		}
		switch {
		case len(names) == 0:
		case !allHandles(names):
			return names
		case handles == nil:
			handles = names
		}
	}
	return handles
}

// trimSiteName removes a site name that follows a name: "Jane Doe
// Example.com" gives "Jane Doe". nsites are normalised site names without
// spaces.
func trimSiteName(name string, nsites []string) string {
	words := strings.Fields(name)
	if len(words) < 3 {
		return name
	}
	last := strings.ReplaceAll(normText(words[len(words)-1]), " ", "")
	for _, s := range nsites {
		if last == s || strings.HasPrefix(s, last) && len(last) >= 4 {
			return strings.Join(words[:len(words)-1], " ")
		}
	}
	return name
}

// allHandles reports whether every name looks like a user name: one word
// in lower case, or with a dot, an underscore or digits inside.
func allHandles(names []string) bool {
	for _, n := range names {
		if strings.Contains(n, " ") {
			return false
		}
		hasUpper := false
		for _, r := range n {
			if unicode.IsUpper(r) {
				hasUpper = true
			}
		}
		if hasUpper && !strings.ContainsAny(n, "._0123456789") {
			return false
		}
	}
	return true
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}
