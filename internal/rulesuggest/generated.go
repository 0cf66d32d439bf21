package rulesuggest

import (
	"strings"
	"unicode"
)

// Generated reports whether an id or class looks made by a program for
// one build of a site, or one page of it, rather than written by a person:
// a rule built on it would break at the next deployment or on the next
// page. It recognises
//
//   - the prefixes of CSS-in-JS libraries followed by a hash: sc-bdVaJa
//     (styled-components), css-1q2w3e (emotion), jsx-2839473 (styled-jsx),
//     svelte-1x2y3z, astro-J7PV25F6, and Angular's ng-tns-c12-3 and
//     ng-star-inserted;
//   - CSS modules, a name and a hash: Button_root__3xYz1, _a1b2c;
//   - a part (between - and _) that looks random: hexadecimal with digits
//     (a3f9c2e1), letters with a digit inside (x1lliihq, e1g4uqwd0), or
//     a short word of mixed case with two capitals inside (kXjQnU);
//   - numbers: a part of three digits or more (post-12345,
//     makeStyles-root-123, ember123), a third of the characters digits,
//     a token starting with a digit, or React's :r1: ids.
//
// Words written by people, in any case style, pass: newsletter,
// story-body, article__content, c-article-body, col-md-12, MuiBox-root.
func Generated(token string) bool {
	if token == "" {
		return true
	}
	lower := strings.ToLower(token)
	if strings.ContainsAny(token, ":") || unicode.IsDigit(rune(token[0])) {
		return true
	}
	for _, prefix := range []string{"sc-", "ng-tns-", "ng-star-inserted"} {
		if strings.HasPrefix(lower, prefix) {
			return true // always followed by a hash, or a state
		}
	}
	for _, prefix := range []string{"css-", "jsx-", "svelte-", "astro-", "emotion-", "ng-c"} {
		if rest, ok := strings.CutPrefix(lower, prefix); ok && hasDigit(rest) {
			return true
		}
	}
	digits, letters := 0, 0
	for _, c := range token {
		switch {
		case unicode.IsDigit(c):
			digits++
		case unicode.IsLetter(c):
			letters++
		}
	}
	if digits >= 2 && digits*3 >= digits+letters {
		return true
	}
	if strings.HasPrefix(token, "_") && len(strings.Trim(token, "_")) >= 5 && hasDigit(token) {
		return true // a CSS module's bare hash: _a1b2c
	}
	for _, part := range strings.FieldsFunc(token, func(c rune) bool { return c == '-' || c == '_' }) {
		if randomPart(part) {
			return true
		}
	}
	return false
}

// randomPart reports whether one part of a token, between - and _, looks
// like a hash or a counter.
func randomPart(p string) bool {
	digits := 0
	for _, c := range p {
		if unicode.IsDigit(c) {
			digits++
		}
	}
	if digits >= 3 {
		return true // 12345, ember123, a counter
	}
	if len(p) >= 6 && digits >= 1 && isHex(p) && digits < len(p) {
		return true // a3f9c2e1
	}
	if len(p) >= 6 && digitInside(p) {
		return true // x1lliihq, 3xYz1 at the end of a module name
	}
	if len(p) >= 5 && len(p) <= 7 && innerCapitals(p) >= 2 {
		return true // kXjQnU
	}
	if len(p) >= 5 && digits >= 1 && innerCapitals(p) >= 1 {
		return true // 3xYz1, 2kd9A
	}
	return false
}

func hasDigit(s string) bool { return strings.IndexFunc(s, unicode.IsDigit) >= 0 }

func isHex(s string) bool {
	for _, c := range strings.ToLower(s) {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}

// digitInside reports whether s has a digit with a letter on each side.
func digitInside(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		if unicode.IsDigit(rune(s[i])) && unicode.IsLetter(rune(s[i-1])) {
			for _, c := range s[i+1:] {
				if unicode.IsLetter(c) {
					return true
				}
			}
		}
	}
	return false
}

// innerCapitals counts the capitals of s after its first character.
func innerCapitals(s string) int {
	n := 0
	for i, c := range s {
		if i > 0 && unicode.IsUpper(c) {
			n++
		}
	}
	return n
}
