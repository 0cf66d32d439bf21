package textpath

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/artext/artext/internal/document"
	"github.com/artext/artext/internal/meta"
)

// bylineIntro matches the words that introduce the authors of an article,
// in the languages artext knows.
var bylineIntro = regexp.MustCompile(`(?i)^(?:(?:(?:ein|eine|a|an|un|une|una|uno)\s+)?\pL+\s+(?:von|by|par|por)|(?:written|posted|reported|words|story|text|photos?)\s+(?:and\s+\w+\s+)?by|by|geschrieben\s+von|verfasst\s+von|von|publié\s+par|écrit\s+par|par|escrito\s+por|por|scritto\s+da|di|door|autor(?:in)?|author|auteur|text)\s*:?\s+`)

// bylineSeparator splits a byline from what shares its line: a section,
// a reading time, a date.
var bylineSeparator = regexp.MustCompile(`\s*[|•·]\s*|\s+[/—–-]\s+`)

// bylineDateJoint finds the words that join a byline to its date: "By A on
// 3 March", "Von B am 3. März", "Von B Erstellt am 3. März", "C, 3 March".
var bylineDateJoint = regexp.MustCompile(`\s+(?:(?i:erstellt|veröffentlicht|aktualisiert|published|posted|updated)\s+)?(?:am|on|le|el|il|op)\s+|,\s+`)

// nameParticles are the lower-case words that may stand inside a name.
var nameParticles = map[string]bool{
	"van": true, "von": true, "de": true, "der": true, "den": true, "da": true, "di": true, "du": true,
	"la": true, "le": true, "del": true, "dos": true, "das": true, "ter": true, "bin": true, "ibn": true,
	"al": true, "el": true, "zu": true, "y": true,
}

// nameJoiners are the words that stand between two names.
var nameJoiners = map[string]bool{
	"and": true, "und": true, "et": true, "y": true, "e": true, "en": true, "og": true, "och": true, "&": true,
}

// findByline returns the index of the byline among the blocks [lo, hi)
// that are not in skip, the byline's names and the date that shares its
// line, or -1. A byline is a short line that introduces names ("By A and
// B", "Von A"), or, next to the headline or the first paragraph, a line of
// names alone: two or more ("Tom Watling and Archie Mitchell"), or one next
// to a date.
func findByline(doc *Page, lo, hi int, skip map[int]bool) (int, string, string) {
	hi = min(hi, len(doc.blocks))
	for i := lo; i < hi; i++ {
		if skip[i] || !doc.metadataCandidate(i) || doc.features[i].words > meta.MaxBylineWords {
			continue
		}
		text := doc.blocks[i].text
		names, date := splitBylineLine(text)
		if bylineIntro.MatchString(names) {
			names = strings.TrimSpace(bylineIntro.ReplaceAllString(names, ""))
			if isNameList(names, 1) {
				return i, names, date
			}
			continue
		}
		if doc.nearHeader(i, skip) && isNameList(names, 2) && doc.roles[i] == document.Short && (countNames(names) > 1 || date != "" || doc.nextToDate(i)) {
			return i, names, date
		}
	}
	return -1, "", ""
}

// nearHeader reports whether block i stands right next to the headline or
// to the first paragraph: just before or after a block in header, or just
// before the first paragraph.
func (d *Page) nearHeader(i int, header map[int]bool) bool {
	if header[i-1] || header[i+1] || header[i-2] && d.roles[i-1] != document.Prose {
		return true
	}
	return i+1 < len(d.roles) && d.roles[i+1] == document.Prose && i+1 == d.firstProse()
}

// countNames returns the number of names in a list of names.
func countNames(s string) int {
	n := 1
	for _, w := range strings.Fields(s) {
		if nameJoiners[strings.ToLower(w)] || strings.HasSuffix(w, ",") {
			n++
		}
	}
	return n
}

// nextToDate reports whether the block before or after block i gives a
// date and little else.
func (d *Page) nextToDate(i int) bool {
	for _, j := range []int{i - 1, i + 1} {
		if j >= 0 && j < len(d.blocks) && isDateLine(d.blocks[j].text, d.features[j]) {
			return true
		}
	}
	return false
}

// splitBylineLine splits a line that may hold a byline into the part
// with the names and the date that follows them, if any.
func splitBylineLine(text string) (names, date string) {
	names = strings.TrimSpace(bylineSeparator.Split(text, 2)[0])
	date = findDate(text[len(names):])
	if date == "" {
		if date = findDate(names); date != "" {
			names = names[:strings.Index(names, date)]
		}
	}
	if date != "" {
		names = strings.TrimSpace(bylineDateJoint.Split(names, 2)[0])
	}
	return strings.TrimRight(strings.TrimSpace(names), ",;"), date
}

// looksLikeByline reports whether text opens like a byline.
func looksLikeByline(text string) bool {
	names, _ := splitBylineLine(text)
	return bylineIntro.MatchString(names) && isNameList(strings.TrimSpace(bylineIntro.ReplaceAllString(names, "")), 1)
}

// isNameList reports whether s is a list of one to six people's names: each
// of minWords to four capitalised words (with particles such as "van" or
// "de"), separated by commas or "and".
func isNameList(s string, minWords int) bool {
	s = strings.TrimSpace(strings.TrimRight(s, ".,;:"))
	if s == "" || strings.ContainsAny(s, "0123456789!?:;()[]{}\"“”|") {
		return false
	}
	names, words := 0, 0
	for _, w := range strings.Fields(s) {
		comma := strings.HasSuffix(w, ",")
		w = strings.TrimSuffix(w, ",")
		switch {
		case nameJoiners[strings.ToLower(w)]:
			if words < minWords {
				return false
			}
			names, words = names+1, 0
			continue
		case nameParticles[w] && words > 0:
		case isCapitalised(w):
			words++
		default:
			return false
		}
		if words > 4 {
			return false
		}
		if comma {
			if words < minWords {
				return false
			}
			names, words = names+1, 0
		}
	}
	if words > 0 && words < minWords {
		return false
	}
	if words > 0 {
		names++
	}
	return names >= 1 && names <= 6
}

// isCapitalised reports whether w is a capitalised word, or an initial:
// "Anna", "J.", "O'Neil", "McDonald", "Jean-Luc".
func isCapitalised(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, c := range w[size:] {
		if !unicode.IsLetter(c) && c != '.' && c != '-' && c != '\'' && c != '’' {
			return false
		}
	}
	return true
}
