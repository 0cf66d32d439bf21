package meta

import (
	"regexp"
	"strings"

	"github.com/artext/artext/internal/document"
)

// decision is what decide found out that fill needs too.
type decision struct {
	// authorSites are the names that are no author's: the site's names and
	// its host.
	authorSites []string
	// authorLines are the page's own author lines nearest the title: the
	// text of an element classed as a byline, then of one that starts
	// with "By", "Von", "Par"...
	authorLines []string
}

// decide sets the metadata fields of a from the candidates of m. Each
// field takes the first source that gives it, in this order of trust:
//
//   - title: the h1 (else h2) that matches one of the titles the page
//     declares (JSON-LD headline, og:title, twitter:title, Dublin Core,
//     microdata, <title>), as the page shows it; else a single h1; else
//     the first declared title without its site part (see chooseTitle);
//   - site name: og:site_name, the JSON-LD WebSite, its publisher,
//     application-name and other <meta> tags, then the site part of
//     <title>;
//   - authors: JSON-LD Person authors, microdata, <meta> author tags
//     (author, article:author, Dublin Core creator, parsely, the Twitter
//     card's "Written by" label), links to an author's page, elements
//     classed as bylines, texts that start with "By", "Von", "Par"...; the
//     last three nearest the headline (see chooseAuthors);
//   - dates: see chooseDates;
//   - language: <html lang>, Content-Language, Dublin Core, the JSON-LD
//     inLanguage, og:locale (the text's language is checked later, see
//     ArticleLanguage);
//   - description: og:description, <meta name=description>, twitter:description,
//     the JSON-LD description;
//   - image: og:image, twitter:image, the JSON-LD image;
//   - categories: rel=category links and links into a category's page,
//     article:section, the JSON-LD articleSection;
//   - tags: rel=tag links and links into a tag's page, article:tag, the
//     JSON-LD keywords, <meta name=keywords>, news_keywords.
func (m *Page) decide(a *document.Metadata) decision {
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
	for _, k := range []string{"og:title", "twitter:title", "dc.title", "dcterms.title", "headline", "title", "parsely-title", "sailthru.title"} {
		refs = append(refs, m.metas[k]...)
	}
	for _, p := range m.itemprops["headline"] {
		refs = append(refs, p.text)
	}
	refs = append(refs, m.docTitle)
	title, titlePos := chooseTitle(refs, m.headings, titleSites)
	a.Title = title

	a.SiteName = firstOf(sites)
	if a.SiteName == "" {
		a.SiteName = siteFromTitle(m.docTitle, cutSiteName(m.docTitle, titleSites))
	}

	a.Authors = chooseAuthors(m.authorSources(&ld, titlePos), known)

	a.CanonicalURL = m.canonical
	a.Language = normalizeLangTag(firstOf([]string{m.lang, firstOf(m.metas["content-language"]), firstOf(m.metas["dc.language"]),
		ld.language, firstOf(m.metas["og:locale"])}))

	published, modified := chooseDates(m, &ld, a.Language, titlePos)
	a.Published, a.PublishedRaw = published.format(), published.raw
	a.Modified, a.ModifiedRaw = modified.format(), modified.raw

	a.Description = firstOf(m.metas["og:description"])
	if a.Description == "" {
		a.Description = firstOf(append(append(m.metas["description"], m.metas["twitter:description"]...), ld.description))
	}
	a.Image = firstOf(append(m.metas["og:image"], m.metas["twitter:image"]...))
	if a.Image == "" {
		a.Image = ld.image
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
	lines := append(nearest(m.bylines, titlePos, 0), nearest(m.bylineTexts, titlePos, 0)...)
	return decision{authorSites: known, authorLines: lines}
}

// writtenBy matches the labels of a Twitter card that give the author.
var writtenBy = regexp.MustCompile(`(?i)^(?:written by|verfasst von|geschrieben von|écrit par|escrito por|autor|author)`)

// metaAuthorKeys are the <meta> names and properties that name authors,
// most trusted first: Dublin Core, as Readability.js trusts it most, then
// the others.
var metaAuthorKeys = []string{"dc.creator", "dc:creator", "dcterms.creator", "author", "article:author", "og:article:author",
	"article:author_name", "parsely-author", "sailthru.author", "byl", "citation_author", "twitter:author"}

// authorSources returns the sources of authors, in order of trust; each
// <meta> key is a source of its own.
func (m *Page) authorSources(ld *linkedData, titlePos int) [][]string {
	sources := [][]string{ld.authors, nearest(m.itemprops["author"], titlePos, 0)}
	for _, k := range metaAuthorKeys {
		var names []string
		for _, v := range m.metas[k] {
			if !strings.Contains(v, "://") && !strings.HasPrefix(v, "@") {
				names = append(names, v)
			}
		}
		sources = append(sources, names)
	}
	// WordPress pages name the author in a Twitter card label.
	var labelled []string
	for i, label := range m.metas["twitter:label1"] {
		if writtenBy.MatchString(label) && i < len(m.metas["twitter:data1"]) {
			labelled = append(labelled, m.metas["twitter:data1"][i])
		}
	}
	return append(sources,
		labelled,
		nearest(m.authorLinks, titlePos, 3),
		nearest(m.bylines, titlePos, 0),
		nearest(m.bylineTexts, titlePos, 0),
	)
}
