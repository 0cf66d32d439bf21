package pagekind

import (
	"strings"
)

// Merge returns base followed by the lines of extra that base does not
// already hold (lines whose words are at least half new), so that a
// strategy can add what a general extraction missed without repeating
// what it kept.
func Merge(base, extra string) string {
	have := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(base), notWordRune) {
		have[w] = true
	}
	var add []string
	for _, line := range strings.Split(extra, "\n") {
		ws := strings.FieldsFunc(strings.ToLower(line), notWordRune)
		if len(ws) == 0 {
			continue
		}
		novel := 0
		for _, w := range ws {
			if !have[w] {
				novel++
			}
		}
		if novel*2 >= len(ws) {
			add = append(add, line)
		}
	}
	if len(add) == 0 {
		return base
	}
	if base == "" {
		return strings.Join(add, "\n")
	}
	return base + "\n\n" + strings.Join(add, "\n")
}

func notWordRune(r rune) bool {
	return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_' || r > 0x7f)
}
