package pagetype

import (
	"net/url"
	"strings"
)

// urlSignals are the features of a page's address.
type urlSignals struct {
	root      bool // the path is empty or "/"
	depth     int  // the number of path segments
	slugWords int  // words of the last segment's slug ("how-to-fix-a-leak" has 5)
	numericID bool // a segment is a number, or ends in one of 4 digits or more
	dated     bool // the path holds a year (2000 to 2039)
	query     bool // there is a query string
	hits      [numPathVocab]int
}

// The vocabularies of path segments.
const (
	pathForum = iota
	pathProduct
	pathCollection
	pathListing
	pathDocs
	pathArticle
	pathService
	numPathVocab
)

var pathVocab = map[string]int{}

func init() {
	for v, words := range [numPathVocab]string{
		pathForum:      "forum forums thread threads t topic topics questions question discussion discussions d comments community communities boards board viewtopic showthread r discuss",
		pathProduct:    "product products p dp item itm detail details sku buy",
		pathCollection: "collections collection c cat category categories shop store browse department departments product-category s",
		pathListing:    "list lists top best chart charts tag tags archive archives directory index events jobs recipes search",
		pathDocs:       "docs doc documentation api reference manual guide guides latest stable current tutorial tutorials handbook book library dev developer developers learn sdk wiki",
		pathArticle:    "blog blogs news article articles post posts story stories insights magazine journal press",
		pathService:    "services service solutions pricing about features contact company why-us what-we-do enterprise business",
	} {
		for _, w := range strings.Fields(words) {
			pathVocab[w] = v
		}
	}
}

func readURL(u *url.URL) urlSignals {
	var s urlSignals
	if u == nil {
		return s
	}
	s.query = u.RawQuery != ""
	var segs []string
	for _, seg := range strings.Split(u.Path, "/") {
		if seg != "" {
			segs = append(segs, strings.ToLower(seg))
		}
	}
	s.depth = len(segs)
	s.root = len(segs) == 0
	for i, seg := range segs {
		if v, ok := pathVocab[seg]; ok && (i < len(segs)-1 || len(segs) == 1) {
			s.hits[v]++
		}
		if isNumber(seg) || len(seg) > 4 && isNumber(seg[len(seg)-4:]) {
			s.numericID = true
		}
		if len(seg) == 4 && (strings.HasPrefix(seg, "20") || strings.HasPrefix(seg, "19")) && isNumber(seg) {
			s.dated = true
		}
	}
	if len(segs) > 0 {
		last := strings.TrimSuffix(segs[len(segs)-1], ".html")
		last = strings.TrimSuffix(last, ".htm")
		s.slugWords = len(strings.FieldsFunc(last, func(r rune) bool { return r == '-' || r == '_' }))
	}
	return s
}

func isNumber(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
