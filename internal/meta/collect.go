package meta

import (
	"net/url"
	"strings"

	"github.com/artext/artext/internal/htmlutil"
	"github.com/artext/artext/internal/textutil"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Page is the raw material of an article's metadata: everything the
// page says about itself, collected in one walk over the whole document
// before readability mutates it. Decisions are taken later, by Decide,
// from these candidates.
type Page struct {
	pageURL *url.URL

	lang      string // <html lang>
	docTitle  string // the text of <title>
	canonical string // <link rel=canonical>, resolved
	// metas maps the lower-cased name, property or itemprop of each <meta>
	// to its contents in document order.
	metas map[string][]string
	// jsonLD holds the text of every <script type="application/ld+json">.
	jsonLD []string

	// headings are the first h1 elements of the body, then h2 elements
	// up to a few, in document order.
	headings []heading
	// itemprops maps microdata properties of the body (author, datePublished,
	// headline, ...) to their values: the content, datetime or href attribute,
	// else the text.
	itemprops map[string][]placed
	// authorLinks are the texts of rel=author links and of links into an
	// author's page (/author/, /autor/, /auteur/).
	authorLinks []placed
	// bylines are short texts of elements whose class or id names a byline
	// or an author.
	bylines []placed
	// times are the <time> elements of the body.
	times []timeElement
	// dateTexts are short texts of elements whose class or id names a date.
	dateTexts []placed
	// tagLinks are the texts of rel=tag links and of links into a tag's
	// page (/tag/); categoryLinks those of rel=category links and of links
	// into a category's page (/category/).
	tagLinks, categoryLinks []placed
	// bylineTexts are the texts of elements whose own text starts with a
	// byline word: "By", "Von", "Posted by", "Text:".
	bylineTexts []placed
	// shortTexts are the short texts of the body that may hold a date, in
	// document order, as the page writes them.
	shortTexts []placed
}

// heading is an h1 or h2 of the body.
type heading struct {
	level int
	text  string
	pos   int
}

// placed is a text found in the body with its position: the number of
// elements that came before it.
type placed struct {
	text string
	pos  int
}

// timeElement is a <time> of the body.
type timeElement struct {
	datetime string // its datetime attribute, or its text
	text     string
	pos      int
	// published or modified when its itemprop, class or pubdate attribute
	// says so.
	role dateRole
}

// dateRole says which date of an article a date is.
type dateRole int8

const (
	roleUnknown dateRole = iota
	rolePublished
	roleModified
)

// Limits on what the walk collects, so that a huge page costs no more
// than a normal one.
const (
	maxHeadings  = 8 // of each level
	maxPlaced    = 24
	maxShortText = 160
	// maxShortTexts bounds shortTexts.
	maxShortTexts = 400
)

// Collect walks doc once and gathers the candidates for every metadata
// field, pageURL being the page's address (nil when unknown). It does not
// change doc.
func Collect(doc *html.Node, pageURL *url.URL) *Page {
	m := &Page{pageURL: pageURL, metas: map[string][]string{}, itemprops: map[string][]placed{}}
	w := walker{m: m}
	w.walk(doc, 0)
	return m
}

// walker carries the state of the walk over a document.
type walker struct {
	m      *Page
	pos    int  // elements seen so far
	inBody bool // inside <body>
	// headings counts the h1 and h2 elements collected.
	headings [2]int
}

// Flags of the part of the document a node is in.
const (
	inAside   = 1 << iota // a comment, sidebar, footer or navigation
	inHeading             // an h1 or h2
	inArticle             // an <article>
)

func (w *walker) walk(n *html.Node, flags int) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.ElementNode:
			w.pos++
			w.element(c, flags)
		case html.TextNode:
			if w.inBody && flags&inAside == 0 {
				w.text(c.Data)
				if startsByline(c.Data) && len(w.m.bylineTexts) < maxPlaced {
					if t := textOf(n, maxShortText); t != "" {
						w.m.bylineTexts = append(w.m.bylineTexts, placed{t, w.pos})
					}
				}
			}
		}
	}
}

// text records a short text of the body that may hold a date (see
// hasYear): a date written without markup, near the headline.
func (w *walker) text(s string) {
	if len(s) < 6 || len(s) > 2*maxShortText || len(w.m.shortTexts) >= maxShortTexts || !hasYear(s) {
		return
	}
	// Kept as it is: only the few read later are worth cleaning.
	w.m.shortTexts = append(w.m.shortTexts, placed{s, w.pos})
}

func (w *walker) element(n *html.Node, flags int) {
	m := w.m
	switch n.DataAtom {
	case atom.Html:
		m.lang = strings.TrimSpace(htmlutil.Attr(n, "lang"))
		if m.lang == "" {
			m.lang = strings.TrimSpace(htmlutil.Attr(n, "xml:lang"))
		}
	case atom.Body:
		w.inBody = true
	case atom.Title:
		if m.docTitle == "" && !w.inBody && n.FirstChild != nil {
			m.docTitle = collapseSpace(n.FirstChild.Data)
		}
		return
	case atom.Meta:
		w.meta(n)
		return
	case atom.Link:
		w.link(n)
		return
	case atom.Script:
		if strings.Contains(strings.ToLower(htmlutil.Attr(n, "type")), "ld+json") && n.FirstChild != nil {
			m.jsonLD = append(m.jsonLD, n.FirstChild.Data)
		}
		return
	case atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Iframe, atom.Select, atom.Textarea:
		return
	}
	if !w.inBody {
		w.walk(n, flags)
		return
	}

	var kinds classKind
	var itemprop string
	for _, a := range n.Attr {
		switch a.Key {
		case "class", "id":
			// The body's classes describe the page, not a part of it.
			if n.DataAtom != atom.Body {
				kinds |= classKinds(a.Val)
			}
		case "itemprop":
			itemprop = a.Val
		}
	}
	switch n.DataAtom {
	case atom.Article:
		flags |= inArticle
	case atom.Nav:
		flags |= inAside
	case atom.Aside, atom.Footer:
		// Inside an article, they hold its author, date and tags.
		if flags&inArticle == 0 {
			flags |= inAside
		}
	}
	if kinds&classAside != 0 {
		flags |= inAside
	}
	if itemprop != "" && flags&inAside == 0 {
		w.itemprop(n, itemprop)
	}
	if flags&inAside == 0 {
		w.candidates(n, kinds)
	}
	switch n.DataAtom {
	case atom.H1, atom.H2:
		level := 1
		if n.DataAtom == atom.H2 {
			level = 2
		}
		if flags&inHeading == 0 && w.headings[level-1] < maxHeadings {
			w.headings[level-1]++
			if t := textOf(n, 400); t != "" {
				m.headings = append(m.headings, heading{level: level, text: t, pos: w.pos})
			}
		}
		flags |= inHeading
	case atom.A:
		w.anchor(n, flags)
	}
	w.walk(n, flags)
}

// candidates collects n's text as a byline, a date or a time when its
// class, id or element says it is one.
func (w *walker) candidates(n *html.Node, kinds classKind) {
	m := w.m
	if n.DataAtom == atom.Time {
		te := timeElement{datetime: htmlutil.Attr(n, "datetime"), text: textOf(n, maxShortText), pos: w.pos}
		if te.datetime == "" {
			te.datetime = te.text
		}
		te.role = dateRoleOf(n)
		if te.datetime != "" && len(m.times) < maxPlaced {
			m.times = append(m.times, te)
		}
		return
	}
	if kinds&classByline != 0 && len(m.bylines) < maxPlaced {
		if t := textOf(n, maxShortText); t != "" {
			m.bylines = append(m.bylines, placed{t, w.pos})
		}
	}
	if kinds&classDate != 0 && len(m.dateTexts) < maxPlaced {
		if t := textOf(n, maxShortText); t != "" {
			m.dateTexts = append(m.dateTexts, placed{t, w.pos})
		}
	}
}

// bylineStarts are the first words of a text that starts a byline.
var bylineStarts = map[string]bool{
	"by": true, "von": true, "par": true, "por": true, "door": true, "written": true, "posted": true,
	"text": true, "autor": true, "autorin": true, "author": true, "verfasst": true, "geschrieben": true,
	"eingestellt": true, "publié": true, "écrit": true, "escrito": true, "redakteur": true, "redakteurin": true,
}

// bylineStartFilter spares the map lookup of most first words (see
// wordFilter).
var bylineStartFilter = func() *textutil.WordFilter {
	f := new(textutil.WordFilter)
	for w := range bylineStarts {
		f.Add(w)
	}
	return f
}()

// startsByline reports whether the text s starts with a byline word. It
// looks at the first word only, lower-cased in a buffer of its own, so
// that it costs little on every text of the page.
func startsByline(s string) bool {
	// A loop rather than strings.TrimLeft, which builds a set of the
	// characters to trim at every call.
	for len(s) > 0 && (s[0] == ' ' || s[0] == '\t' || s[0] == '\r' || s[0] == '\n') {
		s = s[1:]
	}
	if len(s) < 3 || len(s) > 2*maxShortText {
		return false
	}
	var buf [12]byte
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ':' || c == 0xc2 {
			break
		}
		if n == len(buf) {
			return false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[n] = c
		n++
	}
	return textutil.MayHold(bylineStartFilter, buf[:n]) && bylineStarts[string(buf[:n])]
}

// dateRoleOf says which date of the article the <time> n gives, from its
// itemprop, class and pubdate attribute. "published" wins over "updated":
// pages that show one date often class it as both.
func dateRoleOf(n *html.Node) dateRole {
	prop := strings.ToLower(htmlutil.Attr(n, "itemprop") + " " + htmlutil.Attr(n, "class") + " " + htmlutil.Attr(n, "id"))
	switch {
	case htmlutil.HasAttr(n, "pubdate") || strings.Contains(prop, "publish") || strings.Contains(prop, "created"):
		return rolePublished
	case strings.Contains(prop, "modif") || strings.Contains(prop, "updated"):
		return roleModified
	}
	return roleUnknown
}

// meta records a <meta> element.
func (w *walker) meta(n *html.Node) {
	var key, content string
	hasContent := false
	for _, a := range n.Attr {
		switch a.Key {
		case "name", "property", "itemprop", "http-equiv":
			if key == "" {
				key = strings.ToLower(strings.TrimSpace(a.Val))
			}
		case "content":
			content, hasContent = strings.TrimSpace(a.Val), true
		}
	}
	if key == "" || !hasContent || content == "" {
		return
	}
	// Some pages put several properties in one attribute:
	// property="og:title twitter:title".
	for rest := key; ; {
		var k string
		if k, rest = textutil.NextField(rest); k == "" {
			break
		}
		w.m.metas[k] = append(w.m.metas[k], content)
	}
}

// link records <link rel=canonical> and the links of the head that name
// an author.
func (w *walker) link(n *html.Node) {
	rel := strings.ToLower(htmlutil.Attr(n, "rel"))
	switch {
	case strings.Contains(rel, "canonical"):
		if w.m.canonical == "" {
			w.m.canonical = resolveURL(w.m.pageURL, htmlutil.Attr(n, "href"))
		}
	}
}

// itemprop records a microdata property of the body.
func (w *walker) itemprop(n *html.Node, prop string) {
	var val string
	switch n.DataAtom {
	case atom.Meta:
		val = htmlutil.Attr(n, "content")
	case atom.Time:
		val = htmlutil.Attr(n, "datetime")
	case atom.Abbr:
		val = htmlutil.Attr(n, "title")
	}
	if val == "" {
		val = htmlutil.Attr(n, "content")
	}
	for rest := prop; ; {
		var p string
		if p, rest = textutil.NextField(rest); p == "" {
			break
		}
		p = strings.ToLower(p)
		switch p {
		case "author", "creator", "name", "headline", "datepublished", "datecreated", "datemodified",
			"publisher", "articlesection", "keywords", "description":
		default:
			continue
		}
		v := val
		if v == "" {
			v = textOf(n, maxShortText)
		}
		if v != "" && len(w.m.itemprops[p]) < maxPlaced {
			w.m.itemprops[p] = append(w.m.itemprops[p], placed{collapseSpace(v), w.pos})
		}
	}
}

// anchor records links that name an author, a tag or a category.
func (w *walker) anchor(n *html.Node, flags int) {
	if flags&inAside != 0 {
		return
	}
	rel := strings.ToLower(htmlutil.Attr(n, "rel"))
	kind := hrefKind(htmlutil.Attr(n, "href"))
	switch {
	case hasWord(rel, "author") || kind == linkAuthor:
		if t := textOf(n, maxShortText); t != "" && len(w.m.authorLinks) < maxPlaced {
			w.m.authorLinks = append(w.m.authorLinks, placed{t, w.pos})
		}
	case hasWord(rel, "category") || kind == linkCategory:
		if t := textOf(n, maxShortText); t != "" && len(w.m.categoryLinks) < maxPlaced {
			w.m.categoryLinks = append(w.m.categoryLinks, placed{t, w.pos})
		}
	case hasWord(rel, "tag") || kind == linkTag:
		if t := textOf(n, maxShortText); t != "" && len(w.m.tagLinks) < maxPlaced {
			w.m.tagLinks = append(w.m.tagLinks, placed{t, w.pos})
		}
	}
}

// textOf returns the text of n, with runs of white space collapsed and
// words of different blocks kept apart, or "" when it is longer than
// limit bytes.
func textOf(n *html.Node, limit int) string {
	var sb strings.Builder
	if !appendText(&sb, n, limit) {
		return ""
	}
	if t := collapseSpace(sb.String()); len(t) <= limit {
		return t
	}
	return ""
}

// appendText appends the text of n to sb, and reports false as soon as sb
// holds more than four times limit bytes, white space included.
func appendText(sb *strings.Builder, n *html.Node, limit int) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			sb.WriteString(c.Data)
		case html.ElementNode:
			switch c.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg:
				continue
			}
			inline := isInline(c.DataAtom)
			if !inline {
				sb.WriteByte(' ')
			}
			if !appendText(sb, c, limit) {
				return false
			}
			if !inline {
				sb.WriteByte(' ')
			}
		}
		if sb.Len() > limit*4 {
			return false
		}
	}
	return true
}

// isInline reports whether an element of kind a may stand inside a word,
// as formatting does: "<b>W</b>ord". Other elements, spans and links
// included, separate words: pages write "<span>Posted by</span><a>Jane
// Doe</a>" with no space between.
func isInline(a atom.Atom) bool {
	switch a {
	case atom.B, atom.I, atom.Em, atom.Strong, atom.Mark, atom.U, atom.Sup, atom.Sub, atom.Font:
		return true
	}
	return false
}

// collapseSpace trims s and collapses its runs of white space to one
// space.
func collapseSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// hasWord reports whether the space-separated list s holds word.
func hasWord(s, word string) bool {
	for s != "" {
		var f string
		f, s, _ = strings.Cut(s, " ")
		if f == word {
			return true
		}
	}
	return false
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
