package extract

import "strings"

// classKind says what a class or id names, as a set of bits.
type classKind uint8

const (
	// classAside: comments, sidebars, related links, the site's footer.
	classAside classKind = 1 << iota
	// classByline: a byline or an author.
	classByline
	// classDate: a date, a time, the line of meta data of a post.
	classDate
)

// classKinds tells what the class or id s names, in one pass over it,
// ignoring ASCII case, without allocating: it runs on every element of a
// page.
//
// Aside words (comment, sidebar, related, recommend, and respond,
// site-footer, page-footer, global-footer, main-footer, colophon at the
// start of a class) do not count in modifier classes such as
// "has-sidebar", "is-comment" or "layoutWithSidebar"; other footers ("entry-footer", the
// "footer" of a news item) hold an article's author and date and are not
// asides.
func classKinds(s string) classKind {
	var k classKind
	tokStart, modifier := 0, false
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20 // ASCII lower case; spaces stay spaces
		if s[i] == ' ' || s[i] == '\t' || s[i] == '\n' {
			tokStart = i + 1
			continue
		}
		rest := s[i:]
		atStart := i == tokStart
		if atStart {
			modifier = prefixFold(rest, "has-") || prefixFold(rest, "with-") || prefixFold(rest, "no-") || prefixFold(rest, "is-") ||
				prefixFold(rest, "layout")
		}
		aside := func(word string, onlyAtStart bool) bool {
			return !modifier && (atStart || !onlyAtStart) && prefixFold(rest, word)
		}
		switch c {
		case 'a':
			if prefixFold(rest, "author") || prefixFold(rest, "autor") || prefixFold(rest, "auteur") {
				k |= classByline
			}
		case 'b':
			if prefixFold(rest, "byline") {
				k |= classByline | classDate
			}
		case 'c':
			switch {
			case aside("comment", false), aside("colophon", true):
				k |= classAside
			case prefixFold(rest, "creator"):
				k |= classByline
			}
		case 'd':
			if prefixFold(rest, "date") || prefixFold(rest, "datum") {
				k |= classDate
			}
		case 'f':
			if prefixFold(rest, "fecha") {
				k |= classDate
			}
		case 'g':
			if aside("global-footer", true) {
				k |= classAside
			}
		case 'm':
			switch {
			case prefixFold(rest, "meta"):
				k |= classDate
			case aside("main-footer", true):
				k |= classAside
			}
		case 'p':
			switch {
			case prefixFold(rest, "posted-by"):
				k |= classByline | classDate
			case prefixFold(rest, "publish"), prefixFold(rest, "posted"):
				k |= classDate
			case aside("page-footer", true):
				k |= classAside
			}
		case 'r':
			if aside("related", false) || aside("recommend", false) || aside("respond", true) {
				k |= classAside
			}
		case 's':
			if aside("sidebar", false) || aside("site-footer", true) {
				k |= classAside
			}
		case 't':
			if prefixFold(rest, "time") {
				k |= classDate
			}
		case 'w':
			if prefixFold(rest, "writer") {
				k |= classByline
			}
		}
	}
	return k
}

// prefixFold reports whether s starts with the lower-case ASCII word,
// ignoring ASCII case.
func prefixFold(s, word string) bool {
	if len(s) < len(word) {
		return false
	}
	for i := 0; i < len(word); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != word[i] {
			return false
		}
	}
	return true
}

// linkKind says what the address of a link leads to.
type linkKind uint8

const (
	linkOther linkKind = iota
	linkAuthor
	linkCategory
	linkTag
)

// linkSegments maps the path segments that lead to an author's, a
// category's or a tag's page to what they lead to.
var linkSegments = map[string]linkKind{
	"author": linkAuthor, "autor": linkAuthor, "auteur": linkAuthor, "authors": linkAuthor, "profile": linkAuthor,
	"category": linkCategory, "categories": linkCategory, "kategorie": linkCategory, "rubrik": linkCategory,
	"categorie": linkCategory,
	"tag":       linkTag, "tags": linkTag, "schlagwort": linkTag, "stichwort": linkTag,
}

// hrefKind returns what the link href leads to, from its path segments:
// ".../author/jane", "/tag/go/".
func hrefKind(href string) linkKind {
	var buf [12]byte
	for {
		i := strings.IndexByte(href, '/')
		if i < 0 {
			return linkOther
		}
		href = href[i+1:]
		j := strings.IndexByte(href, '/')
		if j < 0 {
			return linkOther
		}
		if seg := href[:j]; len(seg) >= 3 && len(seg) <= len(buf) {
			for k := 0; k < len(seg); k++ {
				c := seg[k]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				buf[k] = c
			}
			if kind, ok := linkSegments[string(buf[:len(seg)])]; ok {
				return kind
			}
		}
	}
}
