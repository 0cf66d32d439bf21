package meta

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// monthNames maps the names of the months, and their usual abbreviations,
// in English, German, French, Spanish, Italian, Portuguese, Dutch, the
// Scandinavian languages, Polish, Czech and Turkish, to their numbers.
var monthNames = func() map[string]int {
	names := [12]string{
		"january jan januar jänner jän janvier janv enero ene gennaio genn gen janeiro januari stycznia styczeń styczen ledna leden ocak",
		"february feb februar feber février févr fevrier fevr febrero febbraio febr fevereiro fev februari lutego luty února únor şubat subat",
		"march mar märz maerz mär mrz mars marzo março marco maart marca marzec března březen mart",
		"april apr avril abril aprile abr kwietnia kwiecień dubna duben nisan",
		"may mai mayo maggio mag maio mei maj maja května květen mayıs mayis",
		"june jun juni juin junio giugno giu junho czerwca czerwiec června červen haziran",
		"july jul juli juillet juil julio luglio lug julho lipca lipiec července červenec temmuz",
		"august aug août aout agosto ago augustus augusti sierpnia sierpień srpna srpen ağustos agustos",
		"september sep sept septembre septiembre setiembre settembre set setembro września wrzesień září eylül eylul",
		"october oct oktober okt octobre octubre ottobre ott outubro out października październik října říjen ekim",
		"november nov novembre noviembre novembro listopada listopad listopadu kasım kasim",
		"december dec dezember dez décembre déc decembre diciembre dic dicembre dezembro desember grudnia grudzień prosince prosinec aralık aralik",
	}
	m := map[string]int{}
	for i, list := range names {
		for _, n := range strings.Fields(list) {
			m[n] = i + 1
		}
	}
	return m
}()

// monthPattern is an alternation of the month names, longest first, so
// that "march" is preferred to "mar".
var monthPattern = func() string {
	names := make([]string, 0, len(monthNames))
	for n := range monthNames {
		names = append(names, regexp.QuoteMeta(n))
	}
	sort.Slice(names, func(i, j int) bool {
		if len(names[i]) != len(names[j]) {
			return len(names[i]) > len(names[j])
		}
		return names[i] < names[j]
	})
	return `(` + strings.Join(names, "|") + `)`
}()

// hourMinutes is a time of day: "22:30", "10:15 am", "12h38". Its groups
// are the hour, the minutes and the "am" or "pm" after them.
const hourMinutes = `(\d{1,2})[:.h](\d{2})(?:\s*([ap]\.?m\b\.?))?`

// timeOfDay is the time of day that may follow a date ("T08:30", ", 22:30",
// " at 10:15 am", " um 23:30", " à 12h38"), then the end of the date,
// which is no digit, nor an underscore, as in a file's name.
const timeOfDay = `(?:(?:t|,\s*|\s+)(?:(?:um|at|à|a las|alle|-|–)\s*)?` + hourMinutes + `)?(?:$|[^\d_])`

// The shapes of the dates that texts write, matched on lower-case text.
// Each has the groups of the date first (those of numericDate are the
// two first numbers, the separator after the first, and the year), then
// those of hourMinutes.
var (
	// isoDate matches 2020-01-13, 2020/01/13 and 2020.01.13.
	isoDate = regexp.MustCompile(`(?:^|[^\d_])((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})` + timeOfDay)
	// numericDate matches 13.01.2020, 13. 01. 2020, 13/01/2020, 01/13/2020,
	// 13-01-2020 and 13.01.20.
	numericDate = regexp.MustCompile(`(?:^|[^\d._])(\d{1,2})(\.\s?|/|-)(\d{1,2})(?:\.\s?|/|-)((?:19|20)\d{2}|\d{2})` + timeOfDay)
	// dayMonthYear matches "9. Februar 2019", "3rd March 2020", "6 de mayo
	// de 2022" and "13-jan-2020".
	dayMonthYear = regexp.MustCompile(`(?:^|[^\d])(\d{1,2})(?:\.|st|nd|rd|th|er|º|°)?\s*(?:de\s+|-)?` + monthPattern + `\.?(?:,|-)?(?:\s+de)?\s*((?:19|20)\d{2})` + timeOfDay)
	// monthDayYear matches "March 3, 2020" and "Sept. 3rd 2020".
	monthDayYear = regexp.MustCompile(`(?:^|[^\pL])` + monthPattern + `\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})` + timeOfDay)
	// cjkDate matches 2020年1月13日 and 2020년 1월 13일; its last group
	// is the sign of the day, which ends the date.
	cjkDate = regexp.MustCompile(`((?:19|20)\d{2})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*([日일])\s*(?:` + hourMinutes + `(?:$|[^\d]))?`)
)

// A dateShape is one of the shapes of dates, with how to read its groups.
type dateShape struct {
	re *regexp.Regexp
	// dateGroups is the number of groups of the date, before those of
	// hourMinutes.
	dateGroups int
	// read returns the year, month and day of the date of match m of s.
	read func(s string, m []int, monthFirst bool) (y, mo, d int)
	// inWords reports whether the shape writes the month in words: it is
	// looked for only in texts that hold a month's name (see
	// hasMonthName).
	inWords bool
	// mayHold, when set, reports cheaply whether a text may hold a date
	// of the shape: false when it lacks what every match has, so that
	// the expression is not run in vain.
	mayHold func(s string) bool
}

// dateShapes are the shapes FindWrittenDate looks for; of two dates found
// at the same place, the first shape's wins.
var dateShapes = []dateShape{
	{isoDate, 3, func(s string, m []int, _ bool) (int, int, int) {
		return group(s, m, 1), group(s, m, 2), group(s, m, 3)
	}, false, hasYearAndSeparator},
	{numericDate, 4, func(s string, m []int, monthFirst bool) (int, int, int) {
		a, b, y := group(s, m, 1), group(s, m, 3), group(s, m, 4)
		if s[m[4]] == '/' && monthFirst && a <= 12 || b > 12 {
			a, b = b, a
		}
		return y, b, a
	}, false, hasDigitAndSeparator},
	{dayMonthYear, 3, func(s string, m []int, _ bool) (int, int, int) {
		return group(s, m, 3), monthNames[s[m[4]:m[5]]], group(s, m, 1)
	}, true, mayHoldDayMonthYear},
	{monthDayYear, 3, func(s string, m []int, _ bool) (int, int, int) {
		return group(s, m, 3), monthNames[s[m[2]:m[3]]], group(s, m, 2)
	}, true, mayHoldMonthDayYear},
	{cjkDate, 4, func(s string, m []int, _ bool) (int, int, int) {
		return group(s, m, 1), group(s, m, 2), group(s, m, 3)
	}, false, func(s string) bool { return strings.ContainsAny(s, "年년") }},
}

// hasYearAndSeparator reports whether s holds four digits that start with
// 19 or 20 followed by a dash, a slash or a dot, as every isoDate does.
func hasYearAndSeparator(s string) bool {
	for i := 0; i+4 < len(s); i++ {
		if (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') && isDigit(s[i+2]) && isDigit(s[i+3]) && isDateSeparator(s[i+4]) {
			return true
		}
	}
	return false
}

// hasDigitAndSeparator reports whether s holds a digit followed by a
// dash, a slash or a dot, as every numericDate does.
func hasDigitAndSeparator(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if isDigit(s[i]) && isDateSeparator(s[i+1]) {
			return true
		}
	}
	return false
}

// mayHoldDayMonthYear reports whether s holds a month's name (see
// isMonthName) followed by a year, with nothing but dots, commas, dashes,
// white space and "de" between them, as every dayMonthYear does. Such
// dates are rare in the texts looked at, and the expression, with its
// alternation of month names, is among the dearest.
func mayHoldDayMonthYear(s string) bool {
	for w, rest := nextWord(s); w != ""; w, rest = nextWord(rest) {
		if isMonthName(w) && startsWithYear(skipBytes(rest, ".,-\t\n\f\r de")) {
			return true
		}
	}
	return false
}

// mayHoldMonthDayYear reports whether s holds a month's name followed by
// white space, a day of one or two digits and a year, with nothing but a
// dot before the white space and an ordinal ending, a comma and white
// space before the year, as every monthDayYear does.
func mayHoldMonthDayYear(s string) bool {
	for w, rest := nextWord(s); w != ""; w, rest = nextWord(rest) {
		if monthNames[w] == 0 {
			continue
		}
		rest = strings.TrimPrefix(rest, ".")
		day := skipBytes(rest, "\t\n\f\r ")
		if len(day) == len(rest) {
			continue // no white space
		}
		year := skipBytes(day, "0123456789")
		if n := len(day) - len(year); n < 1 || n > 2 {
			continue
		}
		if startsWithYear(skipBytes(year, "stndrh,\t\n\f\r ")) {
			return true
		}
	}
	return false
}

// skipBytes returns s without the bytes of set at its start. It is
// strings.TrimLeft for a set of ASCII bytes, without building the set.
func skipBytes(s, set string) string {
	for s != "" && strings.IndexByte(set, s[0]) >= 0 {
		s = s[1:]
	}
	return s
}

// startsWithYear reports whether s starts with four digits that start
// with 19 or 20.
func startsWithYear(s string) bool {
	return len(s) >= 4 && (s[0] == '1' && s[1] == '9' || s[0] == '2' && s[1] == '0') && isDigit(s[2]) && isDigit(s[3])
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isDateSeparator(c byte) bool { return c == '-' || c == '/' || c == '.' }

// group returns the number that group i of match m of s holds, or 0.
func group(s string, m []int, i int) int {
	n, _ := strconv.Atoi(s[m[2*i]:m[2*i+1]])
	return n
}

// A WrittenDate is a date as a text writes it, found by FindWrittenDate.
type WrittenDate struct {
	// Day is the date, at midnight UTC.
	Day time.Time
	// Clock is the time of day written after the date, when HasClock.
	Clock    time.Duration
	HasClock bool
	// In the text s, s[Start:End] is the date and s[Start:ClockEnd] the
	// date with its time of day (ClockEnd is End when it has none).
	Start, End, ClockEnd int
}

// Format returns the date in RFC 3339 form, in UTC, or as YYYY-MM-DD when
// it has no time of day.
func (d WrittenDate) Format() string {
	if d.HasClock {
		return d.Day.Add(d.Clock).Format(time.RFC3339)
	}
	return d.Day.Format(time.DateOnly)
}

// FindWrittenDate returns the first full date (day, month and year) that s
// writes, with the time of day that follows it, if any: in ISO form, in
// digits ("13.01.2020", "01/13/2020"), with the month in words in the
// languages of monthNames ("9. Februar 2019", "March 3, 2020 at 2:54 pm",
// "6 de mayo de 2022"), or in Chinese, Japanese or Korean form. A date in
// digits with slashes is read day first unless monthFirst is set; any date
// in digits is read month first when its second number cannot be a month.
// A year alone, as in a copyright notice, is not a date, nor is a date
// that does not exist or lies outside minYear and maxYear.
func FindWrittenDate(s string, monthFirst bool) (WrittenDate, bool) {
	return findDateOfShapes(s, monthFirst, dateShapes)
}

// findDateOfShapes is FindWrittenDate for the given shapes.
func findDateOfShapes(s string, monthFirst bool, shapes []dateShape) (WrittenDate, bool) {
	if len(s) < 6 || !hasYear(s) {
		return WrittenDate{}, false
	}
	lower := lowerKeepingOffsets(s)
	var best WrittenDate
	found := false
	inWords := hasMonthName(lower)
	for _, shape := range shapes {
		if shape.inWords && !inWords || shape.mayHold != nil && !shape.mayHold(lower) {
			continue
		}
		m := shape.re.FindStringSubmatchIndex(lower)
		if m == nil || found && m[2] >= best.Start {
			continue
		}
		day, ok := dateOf(shape.read(lower, m, monthFirst))
		if !ok {
			continue
		}
		found = true
		best = WrittenDate{Day: day, Start: m[2], End: m[2*shape.dateGroups+1]}
		best.Clock, best.ClockEnd, best.HasClock = readClock(lower, m[2*shape.dateGroups+2:])
		if !best.HasClock {
			best.ClockEnd = best.End
		}
	}
	return best, found
}

// readClock returns the time of day that the groups of hourMinutes, at
// the positions m, hold in s, and where it ends. A time that cannot be, such
// as 25:70, is none.
func readClock(s string, m []int) (clock time.Duration, end int, ok bool) {
	if m[0] < 0 {
		return 0, 0, false
	}
	h, _ := strconv.Atoi(s[m[0]:m[1]])
	mi, _ := strconv.Atoi(s[m[2]:m[3]])
	end = m[3]
	if m[4] >= 0 {
		end = m[5]
		if s[m[4]] == 'p' && h < 12 {
			h += 12
		} else if s[m[4]] == 'a' && h == 12 {
			h = 0
		}
	}
	if h > 23 || mi > 59 {
		return 0, 0, false
	}
	return time.Duration(h)*time.Hour + time.Duration(mi)*time.Minute, end, true
}

// hasYear reports whether s holds four digits that start with 19 or 20,
// or two digits after a dot, a slash or a dash: what every date
// FindWrittenDate reads has. It saves running the expressions on most
// texts.
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

// hasMonthName reports whether the lower-case text s holds a month's name
// (see monthNames) as a word of its own, or glued to the ending of an
// ordinal number ("3rdmarch"): what every date in words that
// FindWrittenDate reads holds. It costs a fraction of running the
// expressions that read those dates.
func hasMonthName(s string) bool {
	for w, rest := nextWord(s); w != ""; w, rest = nextWord(rest) {
		if isMonthName(w) {
			return true
		}
	}
	return false
}

// isMonthName reports whether the word w is a month's name, maybe after
// the ending of an ordinal number.
func isMonthName(w string) bool {
	if len(w) < 3 {
		return false
	}
	if monthNames[w] != 0 {
		return true
	}
	for _, ending := range [...]string{"st", "nd", "rd", "th", "er", "º"} {
		if rest, ok := strings.CutPrefix(w, ending); ok && monthNames[rest] != 0 {
			return true
		}
	}
	return false
}

// lowerKeepingOffsets returns s in lower case, leaving alone the rare
// letters whose lower case is written with another number of bytes, so
// that a position in the result is the same position in s.
func lowerKeepingOffsets(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return strings.Map(func(r rune) rune {
				if l := unicode.ToLower(r); utf8.RuneLen(l) == utf8.RuneLen(r) {
					return l
				}
				return r
			}, s)
		}
	}
	return strings.ToLower(s)
}

// SlashedMonthFirst reports whether the slashed dates of a text, given as
// its lines or blocks, put the month first, as in the United States: one
// of them has a second number that cannot be a month, or the text writes
// dates as "March 3, 2024" and none has a first number that cannot be a
// month.
func SlashedMonthFirst(texts []string) bool {
	usStyle := false
	for _, text := range texts {
		if !hasYear(text) {
			continue
		}
		lower := lowerKeepingOffsets(text)
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

// Dates before minYear or after maxYear are mistakes (a default value, a
// typo), not publication dates.
const (
	minYear = 1990
	maxYear = 2100
)

// dateOf returns the date y-m-d, if it exists and lies between minYear
// and maxYear.
func dateOf(y, m, d int) (time.Time, bool) {
	if y < 100 {
		y += 2000
	}
	if y < minYear || y > maxYear || m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}, false
	}
	return t, true
}
