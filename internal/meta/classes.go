package meta

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

// classPattern is a word that classKinds looks for anywhere in a class
// or id, ignoring ASCII case: "author" in "post-Author-name" or
// "coauthors".
type classPattern struct {
	word string
	kind classKind
	// onlyAtStart: the word counts at the start of a class only.
	onlyAtStart bool
}

// classPatterns are the words that tell what a class or id names. Aside
// words (comment, sidebar, related, recommend, and respond, site-footer,
// page-footer, global-footer, main-footer, colophon at the start of a
// class) do not count in modifier classes such as "has-sidebar",
// "is-comment" or "layoutWithSidebar"; other footers ("entry-footer", the
// "footer" of a news item) hold an article's author and date and are not
// asides.
var classPatterns = []classPattern{
	{word: "author", kind: classByline},
	{word: "autor", kind: classByline},
	{word: "auteur", kind: classByline},
	{word: "byline", kind: classByline | classDate},
	{word: "comment", kind: classAside},
	{word: "colophon", kind: classAside, onlyAtStart: true},
	{word: "creator", kind: classByline},
	{word: "date", kind: classDate},
	{word: "datum", kind: classDate},
	{word: "fecha", kind: classDate},
	{word: "global-footer", kind: classAside, onlyAtStart: true},
	{word: "meta", kind: classDate},
	{word: "main-footer", kind: classAside, onlyAtStart: true},
	{word: "posted-by", kind: classByline | classDate},
	{word: "publish", kind: classDate},
	{word: "posted", kind: classDate},
	{word: "page-footer", kind: classAside, onlyAtStart: true},
	{word: "related", kind: classAside},
	{word: "recommend", kind: classAside},
	{word: "respond", kind: classAside, onlyAtStart: true},
	{word: "sidebar", kind: classAside},
	{word: "site-footer", kind: classAside, onlyAtStart: true},
	{word: "time", kind: classDate},
	{word: "writer", kind: classByline},
}

// modifierPrefixes start the classes that describe a state or a layout,
// in which aside words do not count.
var modifierPrefixes = []string{"has-", "with-", "no-", "is-", "layout"}

// classPatternIndex lists the patterns by their first byte. classBytes
// tells, for each byte, the second bytes of the patterns it starts as a
// set of bits ('a' is bit 0), or that it separates classes
// (classSeparator): most bytes of a class do neither, and one read tells
// so before any comparison.
var (
	classPatternIndex [256][]classPattern
	classBytes        [256]uint32
)

// classSeparator marks in classBytes the bytes between classes.
const classSeparator = 1 << 31

func init() {
	for _, p := range classPatterns {
		first, second := p.word[0], p.word[1]
		for _, b := range []byte{first, first - 'a' + 'A'} {
			classPatternIndex[b] = append(classPatternIndex[b], p)
			classBytes[b] |= 1 << (second - 'a')
		}
	}
	for _, b := range []byte{' ', '\t', '\n'} {
		classBytes[b] = classSeparator
	}
}

// classKinds tells what the class or id s names, in one pass over it,
// ignoring ASCII case, without allocating: it runs on every element of a
// page. See classPatterns for the words it looks for.
func classKinds(s string) classKind {
	var k classKind
	tokStart := 0
	// The last byte starts no pattern: all are longer than one byte.
	for i := 0; i+1 < len(s); i++ {
		seconds := classBytes[s[i]]
		switch {
		case seconds == 0:
			continue
		case seconds == classSeparator:
			tokStart = i + 1
			continue
		case seconds&(1<<(lowerASCII(s[i+1])-'a')) == 0:
			// A shift by 32 or more, when s[i+1] is no letter, gives 0.
			continue
		}
		for _, p := range classPatternIndex[s[i]] {
			if !prefixFold(s[i:], p.word) {
				continue
			}
			if p.kind == classAside && (p.onlyAtStart && i != tokStart || isModifierClass(s[tokStart:])) {
				continue
			}
			k |= p.kind
		}
	}
	return k
}

// isModifierClass reports whether the class that starts s describes a
// state or a layout (see modifierPrefixes).
func isModifierClass(s string) bool {
	for _, m := range modifierPrefixes {
		if prefixFold(s, m) {
			return true
		}
	}
	return false
}

// lowerASCII returns the lower case of an ASCII letter, and other bytes
// as they are.
func lowerASCII(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
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
