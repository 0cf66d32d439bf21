package textpath

import (
	"net/url"
	"strings"

	"github.com/artext/artext/internal/document"
	"github.com/artext/artext/internal/meta"
)

// textMetadata is what the lines around an article's start say about it.
type textMetadata struct {
	title    string
	titleAt  int // the index of the title's block, or -1
	byline   string
	authors  []string
	siteName string
	dateRaw  string // the date as the text writes it
	date     string // the date in RFC 3339 or YYYY-MM-DD form
	// lines are the indexes of the blocks that hold the metadata and
	// nothing else, left out of the body.
	lines map[int]bool
}

// has reports whether block i holds metadata only.
func (m *textMetadata) has(i int) bool { return m.lines[i] }

// metadata returns the metadata as the document holds it.
func (m *textMetadata) metadata() document.Metadata {
	return document.Metadata{
		Title:        m.title,
		Byline:       m.byline,
		Authors:      m.authors,
		SiteName:     m.siteName,
		Published:    m.date,
		PublishedRaw: m.dateRaw,
	}
}

// metadataWindow is how many blocks before the article's first paragraph
// the title, byline, site name and date are looked for in.
const metadataWindow = 15

// findTextMetadata finds the title, byline, site name and date of the
// article of doc among the blocks before its first paragraph and just
// after it. pageURL, when given, helps to recognise the title and the site.
func findTextMetadata(doc *Page, pageURL string) textMetadata {
	m := textMetadata{lines: map[int]bool{}, titleAt: -1}
	if doc.end <= doc.start {
		return m
	}
	doc.monthFirst = meta.SlashedMonthFirst(blockTexts(doc.blocks))
	first := doc.firstProse()
	lo := max(0, first-metadataWindow)
	hints := newURLHints(pageURL)

	if i := findTitle(doc, max(0, first-titleWindow), first, hints); i >= 0 {
		m.title, m.titleAt = doc.blocks[i].text, i
		m.lines[i] = true
	}
	if i, byline, date := findByline(doc, lo, first+3, m.lines); i >= 0 {
		m.byline = byline
		m.authors = meta.SplitAuthors(byline)
		m.lines[i] = true
		if date != "" {
			m.date, m.dateRaw = parseTextDate(date, doc.monthFirst)
		}
	}
	if m.dateRaw == "" {
		if i, raw := findDateLine(doc, lo, first+3, m.lines); i >= 0 {
			m.date, m.dateRaw = parseTextDate(raw, doc.monthFirst)
			m.lines[i] = isDateLine(doc.blocks[i].text, doc.features[i])
		}
	}
	for _, i := range findSiteName(doc, first, m.lines, hints) {
		m.siteName = doc.blocks[i].text
		m.lines[i] = true
	}
	return m
}

// firstProse returns the index of the first prose block of the article's
// extent, or its start when it has none.
func (d *Page) firstProse() int {
	for i := d.start; i < d.end; i++ {
		if d.roles[i] == document.Prose {
			return i
		}
	}
	return d.start
}

// urlHints are the words of a page's address: those of its host name
// (without "www" and the top-level domain) and those of its path.
type urlHints struct {
	host []string
	path map[string]bool
}

func newURLHints(raw string) urlHints {
	var h urlHints
	u, err := url.Parse(raw)
	if err != nil || raw == "" {
		return h
	}
	labels := strings.Split(strings.ToLower(u.Hostname()), ".")
	for i, l := range labels {
		if l == "www" || i == len(labels)-1 && len(labels) > 1 || l == "co" || l == "com" {
			continue
		}
		h.host = append(h.host, l)
	}
	h.path = map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(u.Path), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127)
	}) {
		if len(w) > 2 {
			h.path[w] = true
		}
	}
	return h
}

// words returns the words of s, lower case, without punctuation.
func lowerWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 && r != '’' && r != '‘' && r != '“' && r != '”' && r != '–' && r != '—')
	})
}

// blockTexts returns the texts of blocks.
func blockTexts(blocks []inputBlock) []string {
	texts := make([]string, len(blocks))
	for i, b := range blocks {
		texts[i] = b.text
	}
	return texts
}
