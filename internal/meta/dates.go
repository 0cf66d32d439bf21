package meta

import (
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/itlightning/dateparse"
)

// normalizeDate parses a date as a page writes it and returns it in RFC
// 3339 form, or as YYYY-MM-DD when it gives no time of day, with the raw
// string. Machine forms (RFC 3339, RFC 1123, "2006-01-02 15:04") come
// first; then a date written in words or digits, in the languages that
// findDateInText knows ("9. Februar 2019", "March 3, 2020", "10.11.2021").
// A date without a zone is read as UTC, whatever the machine's zone, so
// that output does not depend on where it runs.
func normalizeDate(raw string) (normalized, original string) {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return "", ""
	}
	d, ok := parseDated(raw, "")
	if !ok {
		return "", raw
	}
	return d.format(), raw
}

// parseMachineDate parses a date in one of the forms programs write.
// Unix timestamps are refused: a number alone is too often something else.
func parseMachineDate(raw string) (time.Time, bool) {
	if len(raw) < 8 || len(raw) > 40 || isDigits(raw) {
		return time.Time{}, false
	}
	t, err := dateparse.ParseIn(raw, time.UTC, dateparse.PreferMonthFirst(false))
	if err != nil || t.Year() < minYear || t.Year() > maxYear {
		return time.Time{}, false
	}
	return t, true
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// publishedKeys and modifiedKeys are the <meta> names and properties that
// give an article's dates, most trusted first.
var (
	publishedKeys = []string{"article:published_time", "og:article:published_time", "article:published",
		"datepublished", "og:published_time", "published_time", "parsely-pub-date", "sailthru.date",
		"dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dc:date", "dcterms.created", "dcterms:created",
		"dc.date.created", "dc:date.created", "datecreated", "citation_publication_date", "citation_date",
		"citation_online_date", "prism.publicationdate", "publication_date", "publicationdate", "publishdate",
		"publish-date", "pubdate", "og:pubdate", "pub_date", "cxenseparse:recs:publishtime", "cxenseparse:publishtime",
		"shareaholic:article_published_time", "uploaddate", "date", "created"}
	modifiedKeys = []string{"article:modified_time", "og:article:modified_time", "datemodified", "og:updated_time",
		"article:modified", "dcterms.modified", "dc.date.modified", "dc:date.modified", "shareaholic:article_modified_time",
		"last-modified", "dateupdate"}
)

// dated is a date candidate: the date and what the page wrote.
type dated struct {
	t   time.Time
	raw string
	// hasTime reports whether t has a time of day from the page.
	hasTime bool
}

// format returns the date in RFC 3339 form, or as YYYY-MM-DD without a
// time of day.
func (d dated) format() string {
	if d.t.IsZero() {
		return ""
	}
	if d.hasTime {
		return d.t.Format(time.RFC3339)
	}
	return d.t.Format(time.DateOnly)
}

// parseDated parses a machine date, then a date in words.
func parseDated(raw, lang string) (dated, bool) {
	raw = collapseSpace(raw)
	if raw == "" {
		return dated{}, false
	}
	if t, ok := parseMachineDate(raw); ok {
		hasTime := strings.Contains(raw, ":")
		return dated{t: t, raw: raw, hasTime: hasTime}, true
	}
	if t, start, end, ok := findDateInText(raw, lang); ok {
		return dated{t: t, raw: raw[start:end]}, true
	}
	return dated{}, false
}

// findDateInText returns the first full date written in s, as
// FindWrittenDate reads it, without its time of day: slashed dates are
// read month first in the languages that write them so (see monthFirst).
// lang is the page's language tag. It also returns where the date is in s,
// as s[start:end].
func findDateInText(s, lang string) (t time.Time, start, end int, ok bool) {
	d, ok := FindWrittenDate(s, monthFirst(lang))
	return d.Day, d.Start, d.End, ok
}

// monthFirst reports whether dates in digits put the month first in the
// language lang: only in American English.
func monthFirst(lang string) bool {
	lang = strings.ToLower(lang)
	return lang == "en-us" || lang == "en_us"
}

// chooseDates returns the article's publication and modification dates.
//
// The modification date comes from the first source that gives one:
// JSON-LD, <meta> tags, microdata, <time> elements marked as such.
//
// The publication date is taken from the structured sources, in order of
// trust: JSON-LD, <meta> tags, microdata, <time> elements marked as
// published, then the date in the URL. The date the page shows near its
// headline (a <time>, an element classed as a date, or a short text that
// holds a date) settles between them: the first structured date on the
// same day wins; when the shown date is a day off the most trusted one,
// which happens when a time is given in UTC and shown in local time, the
// shown date wins. With no structured date, the shown date is the
// publication date. A shown date later than every declared one (by more
// than the width of the time zones) is not taken: it is an event's or a
// deadline's.
func chooseDates(m *Page, ld *linkedData, lang string, titlePos int) (published, modified dated) {
	try := func(dst *dated, raw string) {
		if dst.t.IsZero() {
			if d, ok := parseDated(raw, lang); ok {
				*dst = d
			}
		}
	}
	try(&modified, ld.modified)
	for _, k := range modifiedKeys {
		for _, v := range m.metas[k] {
			try(&modified, v)
		}
	}
	for _, p := range m.itemprops["datemodified"] {
		try(&modified, p.text)
	}
	for _, te := range m.times {
		if te.role == roleModified {
			try(&modified, te.datetime)
		}
	}

	var structured []dated
	add := func(raw string) {
		if d, ok := parseDated(raw, lang); ok {
			structured = append(structured, d)
		}
	}
	add(ld.published)
	for _, k := range publishedKeys {
		for _, v := range m.metas[k] {
			add(v)
		}
	}
	for _, k := range []string{"datepublished", "datecreated"} {
		for _, p := range m.itemprops[k] {
			add(p.text)
		}
	}
	for _, te := range m.times {
		if te.role == rolePublished {
			add(te.datetime)
		}
	}
	if m.pageURL != nil {
		if t, ok := dateInURL(m.pageURL); ok {
			structured = append(structured, dated{t: t, raw: t.Format(time.DateOnly)})
		}
	}

	// The page's latest date, of those it declares: no date shown on the
	// page may come after it. (A copyright year is no such date: footers
	// keep old ones for years.)
	var latest time.Time
	for _, d := range append(structured, modified) {
		if d.t.After(latest) {
			latest = d.t
		}
	}
	shown, updated, ok := m.shownDate(lang, titlePos, latest)
	if modified.t.IsZero() {
		modified = updated
	}
	switch {
	case len(structured) == 0:
		if ok {
			published = shown
		}
	case !ok:
		published = structured[0]
	default:
		published = structured[0]
		for _, s := range structured {
			if sameDay(s.t, shown.t) {
				// The same day: keep the time of day of either.
				if !s.hasTime && shown.hasTime {
					return shown, modified
				}
				return s, modified
			}
		}
		if d := published.t.Sub(shown.t); d > -36*time.Hour && d < 36*time.Hour {
			published = shown
		}
	}
	return published, modified
}

// updateWord matches the words that announce a date of change, not of
// publication: "last edited", "updated", "aktualisiert", "mis à jour".
var updateWord = regexp.MustCompile(`(?i)(?:edit|updat|aktualisiert|geändert|bearbeitet|modifi|mis à jour|actualiza|aggiorna)`)

// sameDay reports whether a and b fall on the same calendar day, each in
// its own zone.
func sameDay(a, b time.Time) bool {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return ay == by && am == bm && ad == bd
}

// shownWindow bounds how far from the headline, in elements, a date shown
// on the page is looked for.
const shownWindow = 120

// timeBonus is how many elements nearer to the headline a <time> counts.
const timeBonus = 5

// shownDate returns the date the page shows nearest its headline, at
// position titlePos (or anywhere, from the start of the page, when it is
// -1): a <time>
// not marked as the modification date, an element classed as a date, or
// a short text holding a date, looked for after the headline first.
//
// A date that follows a word of change ("last edited", "aktualisiert") is
// no publication date: the first such date is returned as updated.
func (m *Page) shownDate(lang string, titlePos int, latest time.Time) (shown, updated dated, ok bool) {
	type candidate struct {
		raw      string
		distance int
		isTime   bool
	}
	var cands []candidate
	consider := func(raw string, pos int, isTime bool) {
		if raw == "" {
			return
		}
		d := pos - max(titlePos, 0)
		if d < 0 {
			d = -2 * d
		}
		if isTime && d > shownWindow && titlePos >= 0 {
			// A <time> of the article far below its headline, after a
			// long text: the last resort.
			d += 10 * shownWindow
		}
		if d <= shownWindow || titlePos < 0 || isTime {
			if isTime {
				// A <time> says what it is: it wins over a text a few
				// elements nearer, such as the byline around it.
				d = max(d-timeBonus, 0)
			}
			cands = append(cands, candidate{raw, d, isTime})
		}
	}
	for _, te := range m.times {
		if te.role != roleModified {
			consider(te.datetime, te.pos, true)
			if te.text != te.datetime {
				consider(te.text, te.pos, false)
			}
		}
	}
	for _, p := range m.dateTexts {
		consider(p.text, p.pos, false)
	}
	for _, p := range m.shortTexts {
		consider(p.text, p.pos, false)
	}
	slices.SortStableFunc(cands, func(a, b candidate) int { return a.distance - b.distance })
	// Dates after the page's latest one, and a day and a half of time
	// zones, are of something else: an event, a deadline.
	tooLate := func(t time.Time) bool { return !latest.IsZero() && t.After(latest.Add(36*time.Hour)) }
	for _, c := range cands {
		if c.raw = collapseSpace(c.raw); len(c.raw) > maxShortText {
			// A sentence of the article, not a line of dates.
			continue
		}
		if c.isTime {
			if d, ok := parseDated(c.raw, lang); ok && !tooLate(d.t) {
				return d, updated, true
			}
		}
		if t, start, end, ok := findDateInText(c.raw, lang); ok && !tooLate(t) {
			d := dated{t: t, raw: c.raw[start:end]}
			if !updateWord.MatchString(c.raw[:start]) {
				return d, updated, true
			}
			if updated.t.IsZero() {
				updated = d
			}
		}
	}
	return dated{}, updated, false
}

// urlDate matches a date in a URL's path: /2020/01/13/, /2020-01-13-, /20200113/.
var urlDate = regexp.MustCompile(`(?:^|[/_-])((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:$|[/_.-])`)

// dateInURL returns the date in u's path, if it has one.
func dateInURL(u *url.URL) (time.Time, bool) {
	m := urlDate.FindStringSubmatch(u.Path)
	if m == nil {
		return time.Time{}, false
	}
	return makeDate(m[1], m[2], m[3])
}

// makeDate returns the date of the year, month and day given in digits,
// if it exists and lies between minYear and maxYear.
func makeDate(year, month, day string) (time.Time, bool) {
	y, err1 := strconv.Atoi(year)
	mo, err2 := strconv.Atoi(month)
	d, err3 := strconv.Atoi(day)
	if err1 != nil || err2 != nil || err3 != nil {
		return time.Time{}, false
	}
	return dateOf(y, mo, d)
}
