package extract

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
)

// monthNames maps the names of the months, and their usual abbreviations,
// in English, German, French, Spanish, Italian, Portuguese, Dutch, the
// Scandinavian languages, Polish, Czech and Turkish, to their numbers.
var monthNames = map[string]int{}

func init() {
	names := [12]string{
		"january jan januar jänner jän janvier janv enero ene gennaio gen janeiro januari stycznia styczeń styczen ledna leden ocak",
		"february feb februar feber février févr fevrier fevr febrero febbraio fevereiro fev februari lutego luty února únor şubat subat",
		"march mar märz maerz mär mars marzo março marco maart marca marzec března březen mart",
		"april apr avril abril aprile abr kwietnia kwiecień dubna duben nisan",
		"may mai mayo maggio mag maio mei maj maja května květen mayıs mayis",
		"june jun juni juin junio giugno giu junho czerwca czerwiec června červen haziran",
		"july jul juli juillet juil julio luglio lug julho lipca lipiec července červenec temmuz",
		"august aug august août aout agosto ago augustus augusti sierpnia sierpień srpna srpen ağustos agustos",
		"september sep sept septembre septiembre setiembre settembre set setembro septembre września wrzesień září eylül eylul",
		"october oct oktober okt octobre octubre ottobre ott outubro out października październik října říjen ekim",
		"november nov novembre noviembre novembro listopada listopad listopadu kasım kasim",
		"december dec dezember dez décembre déc decembre diciembre dic dicembre dezembro desember grudnia grudzień prosince prosinec aralık aralik",
	}
	for i, list := range names {
		for _, n := range strings.Fields(list) {
			monthNames[n] = i + 1
		}
	}
	keys := make([]string, 0, len(monthNames))
	for k := range monthNames {
		keys = append(keys, regexp.QuoteMeta(k))
	}
	// Longest first, so that "march" is preferred to "mar".
	sort.Slice(keys, func(i, j int) bool {
		if len(keys[i]) != len(keys[j]) {
			return len(keys[i]) > len(keys[j])
		}
		return keys[i] < keys[j]
	})
	month := `(` + strings.Join(keys, "|") + `)`
	dayMonthYear = regexp.MustCompile(`(?:^|[^\d])(\d{1,2})(?:\.|st|nd|rd|th|er|º|°)?\s*(?:de\s+|-)?` + month + `\.?(?:,|\s+de|-)?\s*((?:19|20)\d{2})(?:$|[^\d])`)
	monthDayYear = regexp.MustCompile(`(?:^|[^\pL])` + month + `\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})(?:$|[^\d])`)
}

var (
	dayMonthYear, monthDayYear *regexp.Regexp
	// isoDate matches 2020-01-13, 2020/01/13 and 2020.01.13.
	isoDate = regexp.MustCompile(`(?:^|[^\d])((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[^\d])`)
	// numericDate matches 13.01.2020, 13/01/2020, 01/13/2020 and 13.01.20.
	numericDate = regexp.MustCompile(`(?:^|[^\d.])(\d{1,2})([./-])(\d{1,2})[./-]((?:19|20)\d{2}|\d{2})(?:$|[^\d])`)
	// cjkDate matches 2020年1月13日 and 2020년 1월 13일.
	cjkDate = regexp.MustCompile(`((?:19|20)\d{2})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]`)
)

// findDateInText returns the first full date (day, month and year) written
// in s: in ISO form, in digits (13.01.2020; 01/13/2020 is read month first
// only for English as spoken in the United States, or when the first
// number cannot be a month), with the month in words ("9. Februar 2019",
// "March 3, 2020", "6 de mayo de 2022"), or in Chinese, Japanese or Korean
// form. lang is the page's language tag. A year alone, as in a copyright
// notice, is not a date. It also returns where the date is in s, as
// s[start:end].
func findDateInText(s, lang string) (t time.Time, start, end int, ok bool) {
	if len(s) < 6 || !hasYear(s) {
		return time.Time{}, 0, 0, false
	}
	lower := strings.ToLower(s)
	type found struct {
		start, end int
		t          time.Time
	}
	var best *found
	consider := func(m []int, t time.Time, ok bool) {
		if ok && (best == nil || m[2] < best.start) {
			best = &found{m[2], m[len(m)-1], t}
		}
	}
	if m := isoDate.FindStringSubmatchIndex(lower); m != nil {
		t, ok := makeDate(lower[m[2]:m[3]], lower[m[4]:m[5]], lower[m[6]:m[7]])
		consider(m, t, ok)
	}
	if m := numericDate.FindStringSubmatchIndex(lower); m != nil {
		a, _ := strconv.Atoi(lower[m[2]:m[3]])
		b, _ := strconv.Atoi(lower[m[6]:m[7]])
		y, _ := strconv.Atoi(lower[m[8]:m[9]])
		if lower[m[4]:m[5]] == "/" && monthFirst(lang) && a <= 12 || b > 12 {
			a, b = b, a
		}
		t, ok := dateOf(y, b, a)
		consider(m, t, ok)
	}
	if m := dayMonthYear.FindStringSubmatchIndex(lower); m != nil {
		d, _ := strconv.Atoi(lower[m[2]:m[3]])
		y, _ := strconv.Atoi(lower[m[6]:m[7]])
		t, ok := dateOf(y, monthNames[lower[m[4]:m[5]]], d)
		consider(m, t, ok)
	}
	if m := monthDayYear.FindStringSubmatchIndex(lower); m != nil {
		d, _ := strconv.Atoi(lower[m[4]:m[5]])
		y, _ := strconv.Atoi(lower[m[6]:m[7]])
		t, ok := dateOf(y, monthNames[lower[m[2]:m[3]]], d)
		consider(m, t, ok)
	}
	if m := cjkDate.FindStringSubmatchIndex(s); m != nil {
		t, ok := makeDate(s[m[2]:m[3]], s[m[4]:m[5]], s[m[6]:m[7]])
		consider(m, t, ok)
	}
	if best == nil {
		return time.Time{}, 0, 0, false
	}
	if strings.ToLower(s) != lower {
		// Lower-casing changed the length of s: report all of it.
		return best.t, 0, len(s), true
	}
	return best.t, best.start, best.end, true
}

// hasYear reports whether s holds four digits that start with 19 or 20,
// or two digits after a dot or a slash: what every date findDateInText
// reads has. It saves running the expressions on most texts.
func hasYear(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			run = 0
			continue
		}
		run++
		if run == 4 && (s[i-3] == '1' && s[i-2] == '9' || s[i-3] == '2' && s[i-2] == '0') {
			return true
		}
		if run == 2 && i >= 2 && (s[i-2] == '.' || s[i-2] == '/' || s[i-2] == '-') && (i+1 == len(s) || s[i+1] < '0' || s[i+1] > '9') {
			return true
		}
	}
	return false
}

// monthFirst reports whether dates in digits put the month first in the
// language lang: only in American English.
func monthFirst(lang string) bool {
	lang = strings.ToLower(lang)
	return lang == "en-us" || lang == "en_us"
}
