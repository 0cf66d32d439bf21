package pagetype

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The vocabularies of class and id words.
const (
	vocabPost       = iota // post, comment, reply, thread, topic, message, avatar, signature, vote
	vocabQA                // question, answer, accepted, upvote
	vocabProduct           // product, price, cart, sku, variant, swatch, quantity, stock, pdp
	vocabReview            // review, rating, stars
	vocabCard              // card, tile, grid, item, result, listing, teaser
	vocabFacet             // filter, facet, sort, refine, pagination, pager
	vocabDocs              // docs, toc, sidebar, api, version, highlight, sphinx, markdown
	vocabHero              // hero, cta, testimonial, pricing, plan, feature, benefit, banner
	vocabEntry             // entry, byline, share, related, published, blog, story
	vocabBreadcrumb        // breadcrumb
	numVocab
)

var classVocab = map[string]int{}

func init() {
	for v, words := range [numVocab]string{
		vocabPost:       "post posts comment comments reply replies thread threads topic topics message messages avatar signature vote votes forum forums postbody username userinfo poster",
		vocabQA:         "question questions answer answers accepted upvote downvote qa",
		vocabProduct:    "product products price prices cart basket sku variant variants swatch swatches quantity qty stock pdp addtocart buybox checkout",
		vocabReview:     "review reviews rating ratings stars",
		vocabCard:       "card cards tile tiles grid item items result results listing listings teaser teasers",
		vocabFacet:      "filter filters facet facets sort sorting refine refinement pagination pager paging plp",
		vocabDocs:       "docs doc documentation toc sidebar api version versions highlight sphinx markdown rst admonition codeblock",
		vocabHero:       "hero cta testimonial testimonials pricing plan plans feature features benefit benefits banner",
		vocabEntry:      "entry byline share related published blog story author",
		vocabBreadcrumb: "breadcrumb breadcrumbs",
	} {
		for _, w := range strings.Fields(words) {
			classVocab[w] = v
		}
	}
}

// classWords splits a class or id value into lower-cased words at
// anything that is not a letter: "product-card__price" gives product,
// card, price; "postBody" gives post, body.
func classWords(v string) []string {
	var words []string
	eachClassWord(v, func(w []byte) { words = append(words, string(w)) })
	return words
}

// eachClassWord calls f with each lower-cased word of a class or id
// value, of two letters or more, in a buffer that f must not keep. It does
// not allocate.
func eachClassWord(v string, f func(w []byte)) {
	var buf [32]byte
	n := 0
	long := false
	flush := func() {
		if n >= 2 && !long {
			f(buf[:n])
		}
		n, long = 0, false
	}
	prevLower := false
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c >= 'a' && c <= 'z':
			prevLower = true
		case c >= 'A' && c <= 'Z':
			if prevLower {
				flush()
			}
			c += 'a' - 'A'
			prevLower = false
		default:
			flush()
			prevLower = false
			continue
		}
		if n == len(buf) {
			long = true
			continue
		}
		buf[n] = c
		n++
	}
	flush()
}

// The vocabularies of short interface texts.
const (
	labelForum   = iota // reply, quote, joined, posts, likes, report, permalink
	labelCart           // add to cart, buy now, in stock, quantity
	labelDocs           // edit this page, on this page, next, previous, table of contents
	labelService        // contact us, get a quote, book now, get started, request a demo
	labelArticle        // min read, share, by, published, comments
	labelListing        // load more, sort by, filter, results, page 2, next page
	numLabels
)

var labels = [numLabels][]string{
	labelForum:   {"reply", "replies", "quote", "joined", "report", "permalink", "original poster", "solved", "accepted answer", "upvote", "helpful?", "like", "likes", "share post", "new member", "posts:", "messages:", "registered"},
	labelCart:    {"add to cart", "add to bag", "add to basket", "buy now", "in stock", "out of stock", "quantity", "add to wishlist", "add to wish list", "free shipping", "size guide", "select size", "sku", "specifications", "write a review"},
	labelDocs:    {"edit this page", "on this page", "table of contents", "was this page helpful?", "previous", "next", "copy", "api reference", "view source", "edit on github", "in this article", "contents"},
	labelService: {"contact us", "get a quote", "book now", "get started", "request a demo", "book a demo", "schedule", "free consultation", "call now", "learn more", "our services", "why choose us", "get in touch", "sign up", "pricing", "start free trial"},
	labelArticle: {"min read", "minute read", "share", "share this", "published", "updated", "comments", "leave a comment", "related posts", "read more", "tags:", "posted in", "written by"},
	labelListing: {"load more", "show more", "sort by", "filter", "filters", "results", "next page", "view all", "see all", "page 1", "page 2"},
}

// label counts a short text that is one of the interface labels.
func (s *signals) label(text string) {
	t := strings.TrimSpace(text)
	if len(t) > 48 {
		return
	}
	t = strings.ToLower(strings.Join(strings.Fields(t), " "))
	t = strings.Trim(t, " .:»›>|•·()")
	if t == "" {
		return
	}
	for v, list := range labels {
		for _, l := range list {
			if t == l || strings.HasPrefix(t, l+" ") && len(t) < len(l)+12 {
				s.labelHits[v]++
				break
			}
		}
	}
	if strings.HasSuffix(t, " ago") {
		s.agoDates++
	}
	if len(t) >= 2 && t[0] == '#' && t[1] >= '0' && t[1] <= '9' {
		s.postNumbers++
	}
	if strings.HasPrefix(t, "by ") && len(t) < 40 {
		s.labelHits[labelArticle]++
	}
}

// countPrices counts the prices written in s: a currency sign next to a
// number ("$12", "€ 9,99", "12.50 €", "£1,200") or a number followed by a
// currency code ("12.00 USD").
func countPrices(s string) int {
	n := 0
	for i, r := range s {
		if !isCurrency(r) {
			continue
		}
		after := strings.TrimLeft(s[i+utf8.RuneLen(r):], " \u00a0")
		if after != "" && after[0] >= '0' && after[0] <= '9' {
			n++
			continue
		}
		before := strings.TrimRight(s[:i], " \u00a0")
		if before != "" {
			if c := before[len(before)-1]; c >= '0' && c <= '9' {
				n++
			}
		}
	}
	if n == 0 {
		for _, code := range []string{" USD", " EUR", " GBP", " CAD", " AUD"} {
			if i := strings.Index(s, code); i > 0 && s[i-1] >= '0' && s[i-1] <= '9' {
				n++
			}
		}
	}
	return n
}

func isCurrency(r rune) bool {
	return r == '$' || r == '€' || r == '£' || r == '¥' || r == '₹' || unicode.Is(unicode.Sc, r) && r > 0x7f
}
