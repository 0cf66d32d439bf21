package extract

import (
	"regexp"
	"strings"
)

// maxDateLineWords is the length above which a line that holds a date is
// not taken for a date line ("Published 3 March 2024") but for text.
const maxDateLineWords = 10

// findDate returns the first date in s, with the time of day after it, as
// s writes it, or "" (see findWrittenDate).
func findDate(s string) string {
	// The order of day and month does not change whether a date is one.
	d, ok := findWrittenDate(s, false)
	if !ok {
		return ""
	}
	return s[d.start:d.clockEnd]
}

// parseTextDate reads a date as findDate finds it and returns it in RFC
// 3339 form (YYYY-MM-DD when it has no time of day), with the raw text.
// Slashed dates are read day first, as most of the world writes them,
// unless monthFirst is set (see slashMonthFirst) or the second number
// cannot be a month.
func parseTextDate(raw string, monthFirst bool) (normalized, original string) {
	d, ok := findWrittenDate(raw, monthFirst)
	if !ok {
		return "", raw
	}
	return dated{t: d.day.Add(d.clock), hasTime: d.hasClock}.format(), raw
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
	d, ok := findWrittenDate(s, false)
	if !ok {
		return false
	}
	return d.hasClock || clockTime.MatchString(s[:d.start]+" "+s[d.clockEnd:])
}

// slashMonthFirst reports whether the slashed dates of lines put the month
// first, as in the United States: one of them has a second number that
// cannot be a month, or the text writes dates as "March 3, 2024" and none
// has a first number that cannot be a month.
func slashMonthFirst(blocks []inputBlock) bool {
	usStyle := false
	for _, b := range blocks {
		if !hasYear(b.text) {
			continue
		}
		lower := lowerKeepingOffsets(b.text)
		for rest := lower; ; {
			m := numericDate.FindStringSubmatchIndex(rest)
			if m == nil {
				break
			}
			if rest[m[4]] == '/' {
				switch first, second := group(rest, m, 1), group(rest, m, 3); {
				case second > 12:
					return true
				case first > 12:
					return false
				}
			}
			// Go on from the end of the year: the character after it,
			// which the expression took, may start the next date.
			rest = rest[m[9]:]
		}
		if hasMonthName(lower) && monthDayYear.MatchString(lower) {
			usStyle = true
		}
	}
	return usStyle
}
