package extract

import (
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
)

// fill sets the metadata fields of a from what the page says about
// itself, with readability's findings as the last resort.
func (m *pageMeta) fill(a *Article, ra *readability.Article) {
	ld := parseLinkedData(m.jsonLD)
	sites := siteNames(m, &ld)

	// The host's name counts as a site name when the title and the authors
	// are told apart from it: "example.com", "example".
	known := append([]string(nil), sites...)
	if host := m.hostName(); host != "" {
		known = append(known, host)
		if i := strings.IndexByte(host, '.'); i > 0 {
			known = append(known, host[:i])
		}
	}

	refs := []string{ld.headline}
	for _, k := range []string{"og:title", "twitter:title", "dc.title", "headline", "title", "parsely-title", "sailthru.title"} {
		refs = append(refs, m.metas[k]...)
	}
	for _, p := range m.itemprops["headline"] {
		refs = append(refs, p.text)
	}
	refs = append(refs, m.docTitle)
	title, titlePos := chooseTitle(refs, m.headings, known)
	a.Title = title
	if a.Title == "" {
		a.Title = strings.TrimSpace(ra.Title())
	}

	a.SiteName = firstOf(sites)
	if a.SiteName == "" {
		a.SiteName = siteFromTitle(m.docTitle, cutSiteName(m.docTitle, known))
	}
	if a.SiteName == "" {
		a.SiteName = strings.TrimSpace(ra.SiteName())
	}

	a.Authors, a.Byline = m.authors(&ld, known, ra)

	a.CanonicalURL = m.canonical
	a.Language = m.lang
	if a.Language == "" {
		a.Language = ld.language
	}

	published, modified := chooseDates(m, &ld, a.Language, titlePos)
	a.Published, a.PublishedRaw = published.format(), published.raw
	a.Modified, a.ModifiedRaw = modified.format(), modified.raw

	a.Excerpt = firstOf(m.metas["description"])
	if a.Excerpt == "" {
		a.Excerpt = firstOf(append(m.metas["og:description"], ld.description))
	}
	if a.Excerpt == "" {
		a.Excerpt = strings.TrimSpace(ra.Excerpt())
	}
	a.Image = firstOf(append(m.metas["og:image"], m.metas["twitter:image"]...))
	if a.Image == "" {
		a.Image = ld.image
	}
	if a.Image == "" {
		a.Image = ra.ImageURL()
	}
	a.Image = resolveURL(m.pageURL, a.Image)
}

// authors returns the article's authors and its byline.
func (m *pageMeta) authors(ld *linkedData, sites []string, ra *readability.Article) ([]string, string) {
	var metaAuthors []string
	for _, k := range []string{"author", "article:author", "og:article:author", "article:author_name", "dc.creator", "dc:creator",
		"dcterms.creator", "parsely-author", "sailthru.author", "byl", "citation_author", "twitter:author"} {
		for _, v := range m.metas[k] {
			if !strings.Contains(v, "://") && !strings.HasPrefix(v, "@") {
				metaAuthors = append(metaAuthors, v)
			}
		}
	}
	byline := strings.TrimSpace(ra.Byline())
	sources := [][]string{
		ld.authors,
		metaAuthors,
		texts(m.itemprops["author"]),
		texts(m.authorLinks),
		texts(m.bylines),
		{byline},
	}
	names := chooseAuthors(sources, sites)
	if byline == "" {
		byline = strings.Join(names, ", ")
	}
	return names, byline
}

func texts(ps []placed) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.text
	}
	return out
}

// firstOf returns the first non-empty string of list, trimmed.
func firstOf(list []string) string {
	for _, s := range list {
		if s = collapseSpace(s); s != "" {
			return s
		}
	}
	return ""
}
