package meta

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// titleSeparators are what stands between a page's title and its site's
// name in <title> and og:title: "Story - Site", "Site | Story".
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " » ", " › ", " · ", " • ", " ~ ", " / ", " : ", " -- "}

// chooseTitle returns the article's headline. The titles the page declares
// (og:title, twitter:title, the JSON-LD headline, <title>, ...) are
// references: the headline is the h1, else the h2, of the page that
// matches one of them best, as written in the page; a heading that is
// only the site's name does not count. With no matching heading, a
// single h1 of some words wins, else the first reference with its site
// part cut (see cutSiteName).
//
// It also returns the position of the heading it took, or -1.
func chooseTitle(refs []string, headings []heading, sites []string) (string, int) {
	var nrefs []string
	for _, r := range refs {
		if n := normText(r); n != "" {
			nrefs = append(nrefs, n)
		}
	}
	nsites := make([]string, 0, len(sites))
	for _, s := range sites {
		if n := normText(s); n != "" {
			nsites = append(nsites, n)
		}
	}
	for _, level := range []int{1, 2} {
		best, bestScore, bestPos := "", 0, -1
		for _, h := range headings {
			if h.level != level {
				continue
			}
			if t, score := matchHeading(h.text, nrefs, nsites); score > bestScore {
				best, bestScore, bestPos = t, score, h.pos
			}
		}
		if best != "" {
			return best, bestPos
		}
	}
	var h1 []heading
	for _, h := range headings {
		if h.level == 1 {
			h1 = append(h1, h)
		}
	}
	if len(h1) == 1 && strings.Count(normText(h1[0].text), " ") >= 1 && !isSiteName(normText(h1[0].text), nsites) {
		return h1[0].text, h1[0].pos
	}
	for _, r := range refs {
		if r != "" {
			return cutSiteName(r, sites), -1
		}
	}
	return "", -1
}

// matchHeading scores how well the heading text h matches the normalised
// references: 4 when it equals one, 3 when it equals one with its site part
// cut, 2 when it ends with one (a kicker before the headline: the matching
// part of h is returned), 1 when one starts with it. A heading that is a
// site's name scores 0.
func matchHeading(h string, nrefs, nsites []string) (string, int) {
	n := normText(h)
	if n == "" || isSiteName(n, nsites) {
		return "", 0
	}
	best, bestText := 0, ""
	for _, r := range nrefs {
		switch {
		case n == r:
			return h, 4
		case best < 3 && isTitlePart(r, n):
			best, bestText = 3, h
		case best < 2 && len(r) >= 12 && strings.HasSuffix(n, " "+r) && len(r)*2 >= len(n):
			best, bestText = 2, tailWords(h, strings.Count(r, " ")+1)
		case best < 1 && len(n) >= 12 && strings.HasPrefix(r, n+" ") && len(n)*2 >= len(r):
			best, bestText = 1, h
		}
	}
	return bestText, best
}

// isTitlePart reports whether the normalised heading n is the title part
// of the normalised reference r: r is n followed or preceded by a short
// site part.
func isTitlePart(r, n string) bool {
	if len(n) < 4 || len(n) >= len(r) {
		return false
	}
	var rest string
	switch {
	case strings.HasPrefix(r, n+" "):
		rest = r[len(n)+1:]
	case strings.HasSuffix(r, " "+n):
		rest = r[:len(r)-len(n)-1]
	default:
		return false
	}
	return len(rest) <= max(len(n), 30)
}

// isSiteName reports whether the normalised text n is one of the site
// names.
func isSiteName(n string, nsites []string) bool {
	for _, s := range nsites {
		if n == s {
			return true
		}
	}
	return false
}

// cutSiteName removes the site's name from a page title: "Story - Site"
// and "Site | Story" give "Story". The site part is the end part that
// matches a known site name, else the last part, unless the first part is
// less than half as long as the rest and the last part is longer than the
// rest.
func cutSiteName(title string, sites []string) string {
	title = collapseSpace(title)
	for _, sep := range titleSeparators {
		i := strings.Index(title, sep)
		if i < 0 {
			continue
		}
		j := strings.LastIndex(title, sep)
		head, tail := title[:j], title[j+len(sep):]
		first, rest := title[:i], title[i+len(sep):]
		for _, s := range sites {
			ns := normText(s)
			switch {
			case ns == "":
			case normText(tail) == ns:
				return head
			case normText(first) == ns:
				return rest
			}
		}
		// Most pages put the site last; a first part much shorter than
		// the rest is the site put first.
		if 2*utf8.RuneCountInString(first) < utf8.RuneCountInString(rest) && utf8.RuneCountInString(tail) > utf8.RuneCountInString(head) {
			return rest
		}
		return head
	}
	return title
}

// siteFromTitle returns the site part of a page title cut by
// cutSiteName, or "".
func siteFromTitle(title, cut string) string {
	title = collapseSpace(title)
	if cut == title || cut == "" {
		return ""
	}
	var site string
	switch {
	case strings.HasPrefix(title, cut):
		site = title[len(cut):]
	case strings.HasSuffix(title, cut):
		site = title[:len(title)-len(cut)]
	default:
		return ""
	}
	return strings.TrimSpace(strings.Trim(strings.TrimSpace(site), "|-–—:»›·•~/"))
}

// tailWords returns the end of s from its n-th word before last, with
// the punctuation that opens it: tailWords("Kicker: „A headline“", 2) is
// "„A headline“".
func tailWords(s string, n int) string {
	end := len(s)
	i := end
	for words := 0; i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if isWordRune(r) {
			j := i
			for j > 0 {
				r, size := utf8.DecodeLastRuneInString(s[:j])
				if !isWordRune(r) {
					break
				}
				j -= size
			}
			i = j
			words++
			if words == n {
				break
			}
			continue
		}
		i -= size
	}
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if unicode.IsSpace(r) || !unicode.IsPunct(r) || r == ':' || r == ',' || r == '-' || r == '–' || r == '—' {
			break
		}
		i -= size
	}
	return strings.TrimSpace(s[i:])
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// normText returns s lower-cased with only its letters and digits, words
// separated by one space: what two spellings of a title have in common.
func normText(s string) string {
	var sb strings.Builder
	sb.Grow(len(s))
	space := false
	for _, r := range s {
		if isWordRune(r) {
			if space && sb.Len() > 0 {
				sb.WriteByte(' ')
			}
			space = false
			sb.WriteRune(unicode.ToLower(r))
		} else {
			space = true
		}
	}
	return sb.String()
}
