package htmlpath

import (
	"strings"

	"github.com/artext/artext/internal/textutil"
)

// A wordClass says what a word of a class name or id means.
type wordClass uint8

const (
	strongWord  wordClass = 1 << iota // boilerplate: share, related, comments, ...
	weakWord                          // often boilerplate: meta, tags, widget, ...
	contentWord                       // the article's own container: content, article, ...
	stateWord                         // as a first word, a state: has-, no-, is-, ...
	captionWord                       // a photo's caption or credit
	mediumWord                        // boilerplate, but sometimes on the article's wrapper: teaser, author, ...
)

// nameWords classify the words of class names and ids, split at hyphens,
// underscores and changes from lower to upper case, and lowercased.
var nameWords = map[string]wordClass{}

func init() {
	for class, words := range map[wordClass][]string{
		strongWord: {
			"share", "shares", "sharing", "social", "socials", "sharebar", "sharedaddy", "shariff", "addtoany",
			"related", "recommended", "recommendations", "outbrain", "taboola",
			"newsletter", "subscribe", "subscription", "signup",
			"comments", "disqus", "respond",
			"cookie", "cookies", "consent", "gdpr",
			"breadcrumb", "breadcrumbs", "pagination", "pager",
			"sidebar", "nav", "navbar", "navigation", "menu", "footer",
			"toc", "ad", "ads", "advert", "advertisement", "adsense", "sponsor", "sponsored",
			"promo", "popup", "modal",
		},
		mediumWord:  {"author", "teaser", "teasers", "rating", "date", "aside"},
		weakWord:    {"comment", "meta", "tags", "tag", "byline", "widget", "print", "banner", "more", "info", "infobox"},
		contentWord: {"content", "article", "body", "main", "text", "entry", "post", "story"},
		stateWord: {
			"has", "no", "with", "without", "enable", "enabled", "disable", "disabled",
			"is", "show", "hide", "allow", "open", "closed",
		},
		captionWord: {"caption", "figcaption", "captions", "credit", "credits", "copyright", "legend", "bildunterschrift"},
	} {
		for _, w := range words {
			nameWords[w] |= class
			nameWordFilter.Add(w)
		}
	}
}

// nameWordFilter and contentNameFilter spare the map lookups of most words
// and names (see wordFilter).
var (
	nameWordFilter    = new(textutil.WordFilter)
	contentNameFilter = func() *textutil.WordFilter {
		f := new(textutil.WordFilter)
		for name := range contentNames {
			f.Add(name)
		}
		return f
	}()
)

// strongRuns are runs of words, written together without their
// separators, that mark boilerplate where a word of a name starts them:
// "related-posts", "relatedPosts" and "jp-relatedposts" all hold
// "relatedpost".
var strongRuns = []string{
	"socialshare", "sharebutton", "sharetool",
	"relatedpost", "relatedarticle", "relatedcontent", "relatedlink", "relatedstor",
	"morestories", "readnext", "mostread", "mostpopular", "newsletter",
	"cookiebanner", "cookieconsent", "cookienotice",
	"authorbox", "authorbio", "authorinfo", "aboutauthor", "authorcard",
	"authordescription", "authorprofile", "postauthor", "entryauthor",
	"commentlist", "commentsarea", "commentform",
	"tableofcontents", "eztoc", "tocontainer",
	"breadcrumb", "sidebar",
}

// captionRuns are runs of words that mark captions and credits.
var captionRuns = []string{"caption", "imagecredit", "photocredit", "imagesource", "imagedescription"}

// contentNames are the class names and ids of the article's container in
// common templates, lowercased with hyphens and underscores taken out.
var contentNames = setOf(
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

// nameClass is what one class name or id says.
type nameClass struct {
	signal    signal
	content   bool // it has a content word: its element may hold the article
	container bool // it is one of contentNames
	caption   bool
}

// maxName is the longest class name that readName looks at, in bytes.
const maxName = 64

// readName classifies one class name or id. A BEM modifier ("--wide") is
// ignored: it says how a block looks, not what it is. A name whose first
// word is a state ("has-sidebar", "no-comments") or that names a layout
// ("sidebar-layout") says nothing. readName does not allocate.
func readName(name string) nameClass {
	var c nameClass
	var w nameWordsOf
	if !w.split(name) {
		return c
	}
	joined := w.joined[:w.len]
	if textutil.MayHold(contentNameFilter, joined) && contentNames[string(joined)] {
		c.container, c.content = true, true
		return c
	}
	var found wordClass
	for k := range w.count {
		word := w.word(k)
		var class wordClass
		if textutil.MayHold(nameWordFilter, word) {
			class = nameWords[string(word)]
		}
		if k == 0 && class&stateWord != 0 {
			return nameClass{}
		}
		if string(word) == "layout" {
			return nameClass{}
		}
		found |= class
		rest := joined[w.starts[k]:]
		for _, r := range wordRuns[rest[0]] {
			if len(rest) >= len(r.run) && string(rest[:len(r.run)]) == r.run {
				found |= r.class
			}
		}
	}
	switch {
	case found&strongWord != 0:
		c.signal = strongSignal
	case found&mediumWord != 0:
		c.signal = mediumSignal
	case found&weakWord != 0:
		c.signal = weakSignal
	}
	c.content = found&contentWord != 0
	c.caption = found&captionWord != 0
	return c
}

// isContainerName reports whether the class name or id names the
// article's container, as readName's container does, at less cost.
func isContainerName(name string) bool {
	var w nameWordsOf
	return w.split(name) && textutil.MayHold(contentNameFilter, w.joined[:w.len]) && contentNames[string(w.joined[:w.len])]
}

// nameWordsOf holds the words of a class name or id, lowercased and
// written together: joined[:len] is the name without its separators, and
// starts[:count] are the offsets in joined where its words start.
type nameWordsOf struct {
	joined     [maxName]byte
	starts     [maxName]uint8
	len, count int
}

// split reads the words of name, its BEM modifier ("--wide") cut off. It
// reports false when name is longer than maxName or holds no word.
func (w *nameWordsOf) split(name string) bool {
	if i := strings.Index(name, "--"); i > 0 {
		name = name[:i]
	}
	if len(name) > maxName {
		return false
	}
	var prev byte
	for i := 0; i < len(name); i++ {
		b := name[i]
		upper := 'A' <= b && b <= 'Z'
		if !isNameByte(b) {
			prev = b
			continue
		}
		if i == 0 || !isNameByte(prev) || upper && 'a' <= prev && prev <= 'z' {
			w.starts[w.count] = uint8(w.len)
			w.count++
		}
		if upper {
			b += 'a' - 'A'
		}
		w.joined[w.len] = b
		w.len++
		prev = name[i]
	}
	return w.len > 0
}

// word returns the k-th word.
func (w *nameWordsOf) word(k int) []byte {
	end := w.len
	if k+1 < w.count {
		end = int(w.starts[k+1])
	}
	return w.joined[w.starts[k]:end]
}

// isNameByte reports whether b belongs to a word of a name: an ASCII
// letter or digit, or a byte of a non-ASCII character.
func isNameByte(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' || b >= 0x80
}

// wordRuns index strongRuns and captionRuns by their first byte.
var wordRuns [256][]classedRun

type classedRun struct {
	run   string
	class wordClass
}

func init() {
	for _, r := range strongRuns {
		wordRuns[r[0]] = append(wordRuns[r[0]], classedRun{r, strongWord})
	}
	for _, r := range captionRuns {
		wordRuns[r[0]] = append(wordRuns[r[0]], classedRun{r, captionWord})
	}
}

// forEachWord calls f with each word of a class name or id, lowercased:
// words are separated by characters other than ASCII letters and digits,
// and by a change from lower to upper case.
func forEachWord(name string, f func(string)) {
	var buf [maxName]byte
	n := 0
	var prev byte
	flush := func() {
		if n > 0 {
			f(string(buf[:n]))
			n = 0
		}
	}
	for i := 0; i < len(name) && i < maxName; i++ {
		b := name[i]
		if !isNameByte(b) {
			flush()
			prev = b
			continue
		}
		if 'A' <= b && b <= 'Z' {
			if 'a' <= prev && prev <= 'z' {
				flush()
			}
			b += 'a' - 'A'
		}
		buf[n] = b
		n++
		prev = name[i]
	}
	flush()
}
