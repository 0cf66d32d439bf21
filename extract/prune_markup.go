package extract

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// signal is how strongly an element's markup says that it is not part of
// the article.
type signal int

const (
	noSignal     signal = iota
	weakSignal          // often boilerplate: metadata, tags, teasers, asides
	strongSignal        // navigation, sharing, related links, comments, ...
)

// prunableElements are the elements that pruning considers: containers of
// blocks. Headings, whose ids are often anchors ("nav-3", "toc-2"), inline
// elements and custom elements are left alone.
var prunableElements = map[atom.Atom]bool{
	atom.Div: true, atom.Section: true, atom.Aside: true, atom.Nav: true, atom.Footer: true,
	atom.Header: true, atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Form: true, atom.Table: true,
	atom.P: true, atom.Details: true, atom.Dialog: true, atom.Menu: true, atom.Article: true,
	atom.Figure: true, atom.Center: true, atom.Li: true,
}

// looksLikeSlug reports whether id is made from a heading's words
// ("sharing-with-a-single-developer"), as anchors are: it then says
// nothing about what the element is.
func looksLikeSlug(id string) bool {
	return strings.Count(id, "-")+strings.Count(id, "_") >= 3
}

// strongTags are elements that never hold the article's text.
var strongTags = map[atom.Atom]bool{atom.Nav: true, atom.Footer: true, atom.Dialog: true}

// roleSignals map ARIA roles to the signal they give.
var roleSignals = map[string]signal{
	"navigation": strongSignal, "menu": strongSignal, "menubar": strongSignal, "search": strongSignal,
	"contentinfo": strongSignal, "dialog": strongSignal, "alertdialog": strongSignal,
	"complementary": weakSignal, "banner": weakSignal,
}

// strongWords are the words of class names and ids (split at hyphens,
// underscores and case changes, lowercased) that mark boilerplate.
var strongWords = setOf(
	"share", "shares", "sharing", "social", "socials", "sharebar",
	"related", "recommended", "recommendations", "outbrain", "taboola",
	"newsletter", "subscribe", "subscription", "signup",
	"comments", "disqus", "respond",
	"cookie", "cookies", "consent", "gdpr",
	"breadcrumb", "breadcrumbs", "pagination", "pager",
	"sidebar", "nav", "navbar", "navigation", "menu", "footer",
	"toc", "ad", "ads", "advert", "advertisement", "adsense", "sponsor", "sponsored",
	"promo", "popup", "modal", "author", "teaser", "teasers", "rating", "date", "aside",
)

// weakWords mark what is often, but not always, boilerplate.
var weakWords = setOf(
	"comment", "meta", "tags", "tag", "byline", "widget", "print", "banner", "more", "info", "infobox",
)

// strongJoined are fragments of class names and ids, lowercased with
// hyphens and underscores taken out, that mark boilerplate whatever
// surrounds them.
var strongJoined = []string{
	"sharedaddy", "shariff", "addtoany", "socialshare", "sharebutton", "sharetool",
	"relatedpost", "relatedarticle", "relatedcontent", "relatedlink", "relatedstor",
	"morestories", "readnext", "mostread", "mostpopular", "newsletter",
	"cookiebanner", "cookieconsent", "cookienotice",
	"authorbox", "authorbio", "authorinfo", "aboutauthor", "authorcard",
	"authordescription", "authorprofile", "postauthor", "entryauthor",
	"commentlist", "commentsarea", "commentform",
	"tableofcontents", "eztoc", "tocontainer",
	"breadcrumb", "sidebar",
}

// contentWords mark the article's own container: the class names and ids
// of an element that carries one of them give no signal.
var contentWords = setOf("content", "article", "body", "main", "text", "entry", "post", "story")

// stateWords, as the first word of a class name, describe what an element
// holds or how it behaves, not what it is ("has-sidebar", "no-comments",
// "enable-share"): such names give no signal, nor do the names of page
// layouts ("sidebar-layout").
var stateWords = setOf("has", "no", "with", "without", "enable", "enabled", "disable", "disabled",
	"is", "show", "hide", "allow", "open", "closed")

// contentJoined are the class names and ids of the article's container in
// common templates, lowercased with hyphens and underscores taken out.
var contentJoined = setOf(
	"entrycontent", "postcontent", "articlebody", "articlecontent", "storybody", "postbody",
	"articletext", "storycontent", "posttext", "entrybody", "articlebodytext", "contentbody",
	"bodytext", "storytext", "newsarticle", "articlemain", "singlecontent", "postentry",
)

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// markupSignal returns what the tag, role, class and id of the element n
// say about it.
func markupSignal(n *html.Node) signal {
	if !prunableElements[n.DataAtom] {
		return noSignal
	}
	if strongTags[n.DataAtom] {
		return strongSignal
	}
	s := noSignal
	if n.DataAtom == atom.Aside {
		s = weakSignal
	}
	names, content := noSignal, false
	for _, a := range n.Attr {
		switch a.Key {
		case "role":
			s = max(s, roleSignals[strings.ToLower(strings.TrimSpace(a.Val))])
		case "class", "id":
			if a.Key == "id" && looksLikeSlug(a.Val) {
				continue
			}
			for _, name := range strings.Fields(a.Val) {
				ns, nc := nameSignal(name)
				names = max(names, ns)
				content = content || nc
			}
		}
	}
	if content {
		return s
	}
	return max(s, names)
}

// nameSignal returns the signal of one class name or id, and whether it
// names a content container.
func nameSignal(name string) (signal, bool) {
	if i := strings.Index(name, "--"); i > 0 {
		name = name[:i] // a BEM modifier says how the block looks, not what it is
	}
	joined := joinedName(name)
	if contentJoined[joined] {
		return noSignal, true
	}
	s := noSignal
	content, first := false, true
	forEachWord(name, func(w string) {
		if first && stateWords[w] || w == "layout" {
			content = false
			s = -1
		}
		first = false
		if s < 0 {
			return
		}
		switch {
		case strongWords[w]:
			s = strongSignal
		case weakWords[w]:
			s = max(s, weakSignal)
		case contentWords[w]:
			content = true
		}
	})
	if s < 0 {
		return noSignal, false
	}
	if s < strongSignal {
		for _, frag := range strongJoined {
			if strings.Contains(joined, frag) {
				return strongSignal, content
			}
		}
	}
	return s, content
}

// isContentContainer reports whether the class or id of n names the
// article's container, or its itemprop says it is the article's body.
func isContentContainer(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "itemprop":
			if strings.EqualFold(a.Val, "articleBody") {
				return true
			}
		case "class", "id":
			for _, name := range strings.Fields(a.Val) {
				if contentJoined[joinedName(name)] {
					return true
				}
			}
		}
	}
	return false
}

// joinedName lowercases name and takes out its hyphens and underscores.
func joinedName(name string) string {
	return strings.Map(func(r rune) rune {
		if r == '-' || r == '_' {
			return -1
		}
		return unicode.ToLower(r)
	}, name)
}

// forEachWord calls f with each word of a class name or id, lowercased:
// words are separated by characters other than letters and digits, and by
// a change from lower to upper case ("relatedPosts", "RelatedCoverage").
func forEachWord(name string, f func(string)) {
	start := -1
	var prev rune
	for i, r := range name {
		letter := unicode.IsLetter(r) || unicode.IsDigit(r)
		if start >= 0 && (!letter || unicode.IsUpper(r) && unicode.IsLower(prev)) {
			f(strings.ToLower(name[start:i]))
			start = -1
		}
		if letter && start < 0 {
			start = i
		}
		prev = r
	}
	if start >= 0 {
		f(strings.ToLower(name[start:]))
	}
}
