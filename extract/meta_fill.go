package extract

import (
	"regexp"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
)

// fill sets the metadata fields of a from what the page says about
// itself, with readability's findings as the last resort.
func (m *pageMeta) fill(a *Article, ra *readability.Article) {
	ld := parseLinkedData(m.jsonLD)
	sites := siteNames(m, &ld)

	// The host's name counts as a site name when the title is told apart
	// from it: "example.com", "example". Authors are told apart from the
	// declared names and the whole host name only: on a personal site, the
	// site is often named after its author.
	known := append([]string(nil), sites...)
	if host := m.hostName(); host != "" {
		known = append(known, host)
	}
	titleSites := known
	if host := m.hostName(); strings.IndexByte(host, '.') > 0 {
		titleSites = append(known[:len(known):len(known)], host[:strings.IndexByte(host, '.')])
	}

	refs := []string{ld.headline}
	for _, k := range []string{"og:title", "twitter:title", "dc.title", "headline", "title", "parsely-title", "sailthru.title"} {
		refs = append(refs, m.metas[k]...)
	}
	for _, p := range m.itemprops["headline"] {
		refs = append(refs, p.text)
	}
	refs = append(refs, m.docTitle)
	title, titlePos := chooseTitle(refs, m.headings, titleSites)
	a.Title = title
	if a.Title == "" {
		a.Title = strings.TrimSpace(ra.Title())
	}

	a.SiteName = firstOf(sites)
	if a.SiteName == "" {
		a.SiteName = siteFromTitle(m.docTitle, cutSiteName(m.docTitle, titleSites))
	}
	if a.SiteName == "" {
		a.SiteName = strings.TrimSpace(ra.SiteName())
	}

	a.Authors, a.Byline = m.authors(&ld, known, titlePos, ra)

	a.CanonicalURL = m.canonical
	a.Language = normalizeLangTag(firstOf([]string{m.lang, firstOf(m.metas["content-language"]), firstOf(m.metas["dc.language"]),
		ld.language, firstOf(m.metas["og:locale"])}))

	published, modified := chooseDates(m, &ld, a.Language, titlePos)
	a.Published, a.PublishedRaw = published.format(), published.raw
	a.Modified, a.ModifiedRaw = modified.format(), modified.raw

	a.Excerpt = firstOf(m.metas["og:description"])
	if a.Excerpt == "" {
		a.Excerpt = firstOf(append(append(m.metas["description"], m.metas["twitter:description"]...), ld.description))
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

	a.Categories = firstList(
		linkTexts(m.categoryLinks, titlePos),
		splitList(m.metas["article:section"]),
		ld.sections,
	)
	a.Tags = firstList(
		linkTexts(m.tagLinks, titlePos),
		splitList(m.metas["article:tag"]),
		ld.keywords,
		splitList(firstN(m.metas["keywords"], 1)),
		splitList(firstN(m.metas["news_keywords"], 1)),
	)
}

// linkTexts returns the texts of the run of tag or category links nearest
// the headline, without repeats.
func linkTexts(links []placed, titlePos int) []string {
	return dedupe(nearest(links, titlePos, 4))
}

// splitList splits comma-separated lists into their items.
func splitList(values []string) []string {
	var items []string
	for _, v := range values {
		for _, item := range strings.Split(v, ",") {
			if item = collapseSpace(item); item != "" {
				items = append(items, item)
			}
		}
	}
	return dedupe(items)
}

func firstN(list []string, n int) []string { return list[:min(n, len(list))] }

// firstList returns the first non-empty list.
func firstList(lists ...[]string) []string {
	for _, l := range lists {
		if len(l) > 0 {
			return l
		}
	}
	return nil
}

// dedupe returns list without its repeats, ignoring case, in order.
func dedupe(list []string) []string {
	var out []string
	for _, s := range list {
		if s != "" && !containsFold(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// authors returns the article's authors and its byline.
func (m *pageMeta) authors(ld *linkedData, sites []string, titlePos int, ra *readability.Article) ([]string, string) {
	var metaAuthors []string
	for _, k := range []string{"author", "article:author", "og:article:author", "article:author_name", "dc.creator", "dc:creator",
		"dcterms.creator", "parsely-author", "sailthru.author", "byl", "citation_author", "twitter:author"} {
		for _, v := range m.metas[k] {
			if !strings.Contains(v, "://") && !strings.HasPrefix(v, "@") {
				metaAuthors = append(metaAuthors, v)
			}
		}
	}
	// WordPress pages name the author in a Twitter card label.
	for i, label := range m.metas["twitter:label1"] {
		if writtenBy.MatchString(label) && i < len(m.metas["twitter:data1"]) {
			metaAuthors = append(metaAuthors, m.metas["twitter:data1"][i])
		}
	}
	byline := strings.TrimSpace(ra.Byline())
	sources := [][]string{
		ld.authors,
		nearest(m.itemprops["author"], titlePos, 0),
		metaAuthors,
		nearest(m.authorLinks, titlePos, 3),
		nearest(m.bylines, titlePos, 0),
		nearest(m.bylineTexts, titlePos, 0),
		{byline},
	}
	names := chooseAuthors(sources, sites)
	if byline == "" {
		byline = strings.Join(names, ", ")
	}
	return names, byline
}

// writtenBy matches the labels of a Twitter card that give the author.
var writtenBy = regexp.MustCompile(`(?i)^(?:written by|verfasst von|geschrieben von|écrit par|escrito por|autor|author)`)

// nearest returns the text of the candidate nearest the headline, at
// position titlePos (after it rather than before it; the first candidate
// when titlePos is -1), with the texts of the candidates that follow it
// each at most spread elements after the one before: the other links of
// the same byline or list of tags.
func nearest(ps []placed, titlePos, spread int) []string {
	best, bestDist := -1, 0
	for i, p := range ps {
		d := p.pos - titlePos
		if titlePos < 0 {
			d = p.pos
		} else if d < 0 {
			d = -2 * d
		}
		if best < 0 || d < bestDist {
			best, bestDist = i, d
		}
	}
	if best < 0 {
		return nil
	}
	out := []string{ps[best].text}
	prev := ps[best].pos
	for _, p := range ps[best+1:] {
		if p.pos-prev > spread {
			break
		}
		out = append(out, p.text)
		prev = p.pos
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
