package pagetype

import "math"

// featureNames name the features of the model, in the order of the
// vector that features returns. Counts enter as log(1+n), shares as
// numbers from 0 to 1, and facts as 0 or 1.
var featureNames = []string{
	"bias",
	// Structured data.
	"ld:article", "ld:tech", "ld:forum", "ld:qa", "ld:faq", "ld:product", "ld:rating", "ld:list",
	"ld:business", "ld:software", "ld:event", "ld:person", "ld:webpage",
	"og:article", "og:product", "og:website", "og:none",
	// The address.
	"url:root", "url:depth", "url:slug", "url:long-slug", "url:numeric-id", "url:dated", "url:query",
	"url:forum", "url:product", "url:collection", "url:listing", "url:docs", "url:article", "url:service",
	// Text.
	"text:words", "text:link-share", "text:long-para-share", "text:long-paras", "text:code-share",
	"text:heading-share", "text:prices", "text:ago-dates", "text:post-numbers",
	// Elements.
	"el:article", "el:section", "el:p", "el:li", "el:table", "el:tr", "el:pre", "el:code", "el:form",
	"el:input", "el:button", "el:select", "el:img", "el:time", "el:headings", "el:h2", "el:nav", "el:aside",
	"el:blockquote",
	// Class and id words.
	"class:post", "class:qa", "class:product", "class:review", "class:card", "class:facet", "class:docs",
	"class:hero", "class:entry", "class:breadcrumb",
	// Interface labels.
	"label:forum", "label:cart", "label:docs", "label:service", "label:article", "label:listing",
	// itemprop.
	"prop:author", "prop:date", "prop:price", "prop:text", "prop:comment",
	// Repeated structures.
	"rep:posts", "rep:cards", "rep:card-prices", "rep:card-groups", "rep:posts>=3", "rep:cards>=8",
	// Teasers, contacts and the body.
	"el:linked-headings", "text:linked-heading-share", "el:tel", "text:main-run", "text:main-run-share",
	"meta:published", "meta:author", "text:post-share", "text:card-share",
}

func log1p(n int) float64 { return math.Log1p(float64(n)) }

func share(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func indicator(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// features returns the feature vector of a page, in the order of
// featureNames.
func features(s *signals, u urlSignals) []float64 {
	f := make([]float64, 0, len(featureNames))
	f = append(f, 1)
	for _, g := range []string{"article", "tech", "forum", "qa", "faq", "product", "rating", "list", "business", "software", "event", "person", "webpage"} {
		f = append(f, indicator(s.hasType(g)))
	}
	og := s.ogType
	f = append(f, indicator(og == "article" || og == "blog"), indicator(og == "product" || og == "og:product" || og == "product.item"),
		indicator(og == "website"), indicator(og == ""))
	f = append(f, indicator(u.root), log1p(u.depth), log1p(u.slugWords), indicator(u.slugWords >= 5), indicator(u.numericID), indicator(u.dated), indicator(u.query))
	for _, h := range u.hits {
		f = append(f, indicator(h > 0))
	}
	f = append(f, log1p(s.words), share(s.linkWords, s.words), share(s.longParaWords, s.words), log1p(s.longParas),
		share(s.codeWords, s.words), share(s.headingWords, s.words), log1p(s.prices), log1p(s.agoDates), log1p(s.postNumbers))
	for _, n := range []int{s.articles, s.sections, s.paragraphs, s.listItems, s.tables, s.tableRows, s.pres, s.codes, s.forms,
		s.inputs, s.buttons, s.selects, s.images, s.times, s.headings, s.h2s, s.navs, s.asides, s.blockquotes} {
		f = append(f, log1p(n))
	}
	for _, n := range s.classHits {
		f = append(f, log1p(n))
	}
	for _, n := range s.labelHits {
		f = append(f, log1p(n))
	}
	for _, n := range []int{s.propAuthor, s.propDate, s.propPrice, s.propText, s.propComment} {
		f = append(f, log1p(n))
	}
	f = append(f, log1p(s.maxPosts), log1p(s.maxCards), log1p(s.cardPrices), log1p(s.cardGroups),
		indicator(s.maxPosts >= 3), indicator(s.maxCards >= 8))
	f = append(f, log1p(s.linkedHeadings), share(s.linkedHeadings, s.headings), log1p(s.telLinks),
		log1p(s.mainRun), share(s.mainRun, s.words), indicator(s.metaPublished), indicator(s.metaAuthor),
		share(s.postWords, s.words), share(s.cardWords, s.words))
	return f
}
