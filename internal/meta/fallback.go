package meta

import (
	"strings"

	"github.com/artext/artext/internal/document"
	"github.com/artext/artext/internal/textutil"
)

// Fallback is what readability found out about a page, as its Article
// tells it: the metadata for the fields that the page's own declarations
// leave empty. Each method is called only when its field is empty: an
// Article's Excerpt looks for the first paragraph of its text.
type Fallback interface {
	Title() string
	SiteName() string
	Byline() string
	Excerpt() string
	ImageURL() string // as the page writes it
}

// Decide returns the article's metadata, from what the page says about
// itself (see decide) and, for the fields that stay empty (title, site
// name, byline, excerpt and image), from readability's findings.
func (m *Page) Decide(ra Fallback) document.Metadata {
	var a document.Metadata
	d := m.decide(&a)
	if a.Title == "" {
		a.Title = collapseSpace(ra.Title())
	}
	if a.SiteName == "" {
		a.SiteName = collapseSpace(ra.SiteName())
	}
	// Readability's byline is the author line as the page writes it, when
	// it holds a name: it can be a date or a label too.
	byline := collapseSpace(ra.Byline())
	names := chooseAuthors([][]string{{byline}}, d.authorSites)
	// Pruning can take the author line out before readability looks for
	// it: then the page's own line nearest the title, as the page writes
	// it, when the first author's name opens it after its byline words.
	for _, line := range d.authorLines {
		if len(names) > 0 || len(a.Authors) == 0 {
			break
		}
		line = collapseSpace(line)
		if textutil.CountWords(line) <= MaxBylineWords && strings.HasPrefix(strings.ToLower(trimBylineWords(line)), strings.ToLower(a.Authors[0])) {
			byline, names = line, a.Authors
		}
	}
	if len(a.Authors) == 0 {
		a.Authors = names
	}
	a.Byline = byline
	if len(names) == 0 {
		a.Byline = strings.Join(a.Authors, ", ")
	}
	if a.Description == "" {
		a.Description = collapseSpace(ra.Excerpt())
	}
	if a.Image == "" {
		a.Image = resolveURL(m.pageURL, ra.ImageURL())
	}
	return a
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
