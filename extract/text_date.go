package extract

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// maxDateLineWords is the length above which a line that holds a date is
// not taken for a date line ("Published 3 March 2024") but for text.
const maxDateLineWords = 10

// monthNumbers maps the names of the months, and their usual
// abbreviations, in the languages artext knows, to their numbers.
var monthNumbers = func() map[string]int {
	names := [12]string{
		"january jan janvier janv enero ene gennaio genn januar jänner jän januari janeiro",
		"february feb février févr fevrier febrero febbraio febr februar februari fevereiro fev",
		"march mar mars marzo märz mär mrz maart março",
		"april apr avril abril aprile",
		"may mai mayo maggio mei maio",
		"june jun juin junio giugno juni junho",
		"july jul juillet juil julio luglio juli julho",
		"august aug août aout agosto ago augustus",
		"september sep sept septembre septiembre setiembre settembre set setembro",
		"october oct octobre octubre ottobre ott oktober okt outubro out",
		"november nov novembre noviembre novembro",
		"december dec décembre déc decembre diciembre dic dicembre dezember dez dezembro",
	}
	m := map[string]int{}
	for i, line := range names {
		for _, n := range strings.Fields(line) {
			m[n] = i + 1
		}
	}
	return m
}()

// monthPattern is an alternation of the month names, longest first.
var monthPattern = func() string {
	names := make([]string, 0, len(monthNumbers))
	for n := range monthNumbers {
		names = append(names, regexp.QuoteMeta(n))
	}
	sort.Slice(names, func(i, j int) bool {
		if len(names[i]) != len(names[j]) {
			return len(names[i]) > len(names[j])
		}
		return names[i] < names[j]
	})
	return strings.Join(names, "|")
}()

// timeOfDay is the time that may follow a date: "22:30", ", 10:15 am".
const timeOfDay = `(?:,?\s*(?:um|at|à|a las|alle|-|–)?\s*(\d{1,2})[:.](\d{2})(?:\s*([ap])\.?m\.?)?)?`

// The shapes of dates that pages write, each with its time of day.
var (
	isoDateTime = regexp.MustCompile(`\b(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2}))?`)
	dotDate     = regexp.MustCompile(`\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b` + timeOfDay)
	slashDate   = regexp.MustCompile(`\b(\d{1,2})/(\d{1,2})/(\d{4})\b` + timeOfDay)
	dayMonth    = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?(` + monthPattern + `)\.?,?\s+(?:de\s+)?(\d{4})\b` + timeOfDay)
	monthDay    = regexp.MustCompile(`(?i)\b(` + monthPattern + `)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b` + timeOfDay)
)

// findDate returns the first date in s, as s writes it, or "".
func findDate(s string) string {
	if !hasFourDigits(s) {
		return ""
	}
	best := []int(nil)
	for _, re := range []*regexp.Regexp{isoDateTime, dotDate, slashDate, dayMonth, monthDay} {
		if m := re.FindStringIndex(s); m != nil && (best == nil || m[0] < best[0]) {
			best = m
		}
	}
	if best == nil {
		return ""
	}
	return strings.TrimSpace(s[best[0]:best[1]])
}

// parseTextDate reads a date as findDate finds it and returns it in RFC
// 3339 form (YYYY-MM-DD when it has no time of day), with the raw text.
// Day and month are told apart by the date's shape: day first with dots
// and in "3 March 2024", month first in "March 3, 2024". Slashed dates are
// read day first, as most of the world writes them, unless monthFirst is
// set (see slashMonthFirst) or the first number cannot be a day.
func parseTextDate(raw string, monthFirst bool) (normalized, original string) {
	var y, mo, d, h, mi int
	var pm string
	hasTime := false
	atoi := func(s string) int { n, _ := strconv.Atoi(s); return n }
	setTime := func(hs, ms, ampm string) {
		if hs != "" {
			h, mi, hasTime, pm = atoi(hs), atoi(ms), true, strings.ToLower(ampm)
		}
	}
	switch {
	case isoDateTime.MatchString(raw):
		m := isoDateTime.FindStringSubmatch(raw)
		y, mo, d = atoi(m[1]), atoi(m[2]), atoi(m[3])
		setTime(m[4], m[5], "")
	case dotDate.MatchString(raw):
		m := dotDate.FindStringSubmatch(raw)
		d, mo, y = atoi(m[1]), atoi(m[2]), atoi(m[3])
		setTime(m[4], m[5], m[6])
	case slashDate.MatchString(raw):
		m := slashDate.FindStringSubmatch(raw)
		d, mo, y = atoi(m[1]), atoi(m[2]), atoi(m[3])
		if monthFirst && d <= 12 || mo > 12 {
			mo, d = d, mo
		}
		setTime(m[4], m[5], m[6])
	case dayMonth.MatchString(raw):
		m := dayMonth.FindStringSubmatch(raw)
		d, mo, y = atoi(m[1]), monthNumbers[strings.ToLower(m[2])], atoi(m[3])
		setTime(m[4], m[5], m[6])
	case monthDay.MatchString(raw):
		m := monthDay.FindStringSubmatch(raw)
		mo, d, y = monthNumbers[strings.ToLower(m[1])], atoi(m[2]), atoi(m[3])
		setTime(m[4], m[5], m[6])
	default:
		return "", raw
	}
	if pm == "p" && h < 12 {
		h += 12
	} else if pm == "a" && h == 12 {
		h = 0
	}
	if mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1900 || y > 2100 || h > 23 || mi > 59 {
		return "", raw
	}
	iso := fmt.Sprintf("%04d-%02d-%02d", y, mo, d)
	if hasTime {
		iso += fmt.Sprintf(" %02d:%02d", h, mi)
	}
	normalized, _ = normalizeDate(iso)
	return normalized, raw
}

// isDateLine reports whether text is a line that gives a date and little
// else: "Published 3 March 2024", "Veröffentlicht am 16.08.2019".
func isDateLine(text string, f blockFeatures) bool {
	if f.words > maxDateLineWords {
		return false
	}
	d := findDate(text)
	return d != "" && len(strings.Fields(text))-len(strings.Fields(d)) <= 4
}

// findDateLine returns the index of the first line among the blocks
// [lo, hi) that are not in skip and that holds a date, with the date as it
// is written, or -1. A line of prose that mentions a date is not one.
func findDateLine(doc *textDoc, lo, hi int, skip map[int]bool) (int, string) {
	hi = min(hi, len(doc.blocks))
	for i := lo; i < hi; i++ {
		if skip[i] || !doc.metadataCandidate(i) || doc.roles[i] == roleProse || doc.features[i].words > maxBylineWords {
			continue
		}
		if d := findDate(doc.blocks[i].text); d != "" {
			if n, _ := parseTextDate(d, doc.monthFirst); n != "" {
				return i, d
			}
		}
	}
	return -1, ""
}

// clockTime finds a time of day: "10:15", "9.30 Uhr", "3:54 pm".
var clockTime = regexp.MustCompile(`(?i)\b\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|uhr|h)\b|\b)`)

// hasDateAndTime reports whether s holds a date and a time of day.
func hasDateAndTime(s string) bool {
	// The order of day and month does not matter to whether a time is there.
	d := findDate(s)
	if d == "" {
		return false
	}
	if n, _ := parseTextDate(d, false); strings.Contains(n, "T") {
		return true
	}
	return clockTime.MatchString(strings.Replace(s, d, " ", 1))
}

// hasFourDigits reports whether s holds four digits in a row, as every date that
// findDate finds does.
func hasFourDigits(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if run++; run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// slashMonthFirst reports whether the slashed dates of lines put the month
// first, as in the United States: one of them has a second number that
// cannot be a month, or the text writes dates as "March 3, 2024" and none
// has a first number that cannot be a month.
func slashMonthFirst(blocks []inputBlock) bool {
	usStyle := false
	for _, b := range blocks {
		if !hasFourDigits(b.text) {
			continue
		}
		for _, m := range slashDate.FindAllStringSubmatch(b.text, -1) {
			first, _ := strconv.Atoi(m[1])
			second, _ := strconv.Atoi(m[2])
			switch {
			case second > 12:
				return true
			case first > 12:
				return false
			}
		}
		if monthDay.MatchString(b.text) {
			usStyle = true
		}
	}
	return usStyle
}
