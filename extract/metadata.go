package extract

import (
	"net/url"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/itlightning/dateparse"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// metadata is what the page says about itself, collected from the whole
// document before readability mutates it.
type metadata struct {
	lang      string
	canonical string
	published string
	modified  string
}

// collectMetadata reads the page's own metadata from doc.
func collectMetadata(doc *html.Node, pageURL *url.URL) metadata {
	var m metadata
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				if m.lang == "" {
					m.lang = strings.TrimSpace(attr(n, "lang"))
				}
			case atom.Link:
				if m.canonical == "" && strings.EqualFold(strings.TrimSpace(attr(n, "rel")), "canonical") {
					m.canonical = resolveURL(pageURL, attr(n, "href"))
				}
			case atom.Meta:
				key := strings.ToLower(attr(n, "property") + attr(n, "name") + attr(n, "itemprop"))
				switch key {
				case "article:published_time", "datepublished", "date", "dc.date", "dc.date.issued":
					if m.published == "" {
						m.published = attr(n, "content")
					}
				case "article:modified_time", "datemodified", "og:updated_time":
					if m.modified == "" {
						m.modified = attr(n, "content")
					}
				}
			case atom.Body:
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return m
}

// fill sets the metadata fields of a from m and from readability's findings.
func (m metadata) fill(a *Article, ra *readability.Article) {
	a.Title = strings.TrimSpace(ra.Title())
	a.Byline = strings.TrimSpace(ra.Byline())
	if a.Byline != "" {
		a.Authors = splitAuthors(a.Byline)
	}
	a.SiteName = strings.TrimSpace(ra.SiteName())
	a.CanonicalURL = m.canonical
	a.Language = m.lang
	if a.Language == "" {
		a.Language = ra.Language()
	}
	a.Excerpt = strings.TrimSpace(ra.Excerpt())
	a.Image = ra.ImageURL()
	a.Published, a.PublishedRaw = normalizeDate(m.published)
	a.Modified, a.ModifiedRaw = normalizeDate(m.modified)
}

// normalizeDate parses a date as a page writes it and returns it in RFC
// 3339 form, or as YYYY-MM-DD when it has no time of day, with the raw
// string. A date without a zone is read as UTC, whatever the machine's
// zone, so that output does not depend on where it runs.
func normalizeDate(raw string) (normalized, original string) {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return "", ""
	}
	t, err := dateparse.ParseIn(raw, time.UTC)
	if err != nil {
		return "", raw
	}
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && len(raw) <= len("2006-01-02") {
		return t.Format(time.DateOnly), raw
	}
	return t.Format(time.RFC3339), raw
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// resolveURL resolves ref against base, or returns ref unchanged when it
// cannot.
func resolveURL(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if base == nil || ref == "" {
		return ref
	}
	u, err := base.Parse(ref)
	if err != nil {
		return ref
	}
	return u.String()
}

// firstWords returns the first n words of s, with an ellipsis when it cut.
func firstWords(s string, n int) string {
	words := strings.Fields(s)
	if len(words) <= n {
		return strings.Join(words, " ")
	}
	return strings.Join(words[:n], " ") + "…"
}
