package textpath

import (
	"regexp"
	"strings"

	"github.com/artext/artext/internal/document"
	"github.com/artext/artext/internal/meta"
)

// maxDateLineWords is the length above which a line that holds a date is
// not taken for a date line ("Published 3 March 2024") but for text.
const maxDateLineWords = 10

// findDate returns the first date in s, with the time of day after it, as
// s writes it, or "" (see meta.FindWrittenDate).
func findDate(s string) string {
	// The order of day and month does not change whether a date is one.
	d, ok := meta.FindWrittenDate(s, false)
	if !ok {
		return ""
	}
	return s[d.Start:d.ClockEnd]
}

// parseTextDate reads a date as findDate finds it and returns it in RFC
// 3339 form (YYYY-MM-DD when it has no time of day), with the raw text.
// Slashed dates are read day first, as most of the world writes them,
// unless monthFirst is set (see meta.SlashedMonthFirst) or the second number
// cannot be a month.
func parseTextDate(raw string, monthFirst bool) (normalized, original string) {
	d, ok := meta.FindWrittenDate(raw, monthFirst)
	if !ok {
		return "", raw
	}
	return d.Format(), raw
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
func findDateLine(doc *Page, lo, hi int, skip map[int]bool) (int, string) {
	hi = min(hi, len(doc.blocks))
	for i := lo; i < hi; i++ {
		if skip[i] || !doc.metadataCandidate(i) || doc.roles[i] == document.Prose || doc.features[i].words > meta.MaxBylineWords {
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
	d, ok := meta.FindWrittenDate(s, false)
	if !ok {
		return false
	}
	return d.HasClock || clockTime.MatchString(s[:d.Start]+" "+s[d.ClockEnd:])
}
