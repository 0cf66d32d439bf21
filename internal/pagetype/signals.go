package pagetype

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// signals are the counts gathered by one walk over a document.
type signals struct {
	// Element counts.
	articles, sections, paragraphs, listItems, tables, tableRows, pres, codes int
	forms, inputs, buttons, selects, images, times, headings, h2s, navs, asides, blockquotes int

	// Words of text, and how much of it is in links, in long paragraphs
	// (at least 20 words), in code and in headings.
	words, linkWords, longParaWords, codeWords, headingWords int
	longParas                                               int

	// Elements whose class or id holds a word of each vocabulary.
	classHits [numVocab]int
	// Short texts (labels, buttons) of each interface vocabulary.
	labelHits [numLabels]int
	// Prices written in the text ("$12.99", "12,50 €").
	prices int
	// Relative dates ("3 days ago") and post numbers ("#12").
	agoDates, postNumbers int

	// itemprop values of interest.
	propAuthor, propDate, propPrice, propText, propComment int

	// Repeated structures: the largest group of siblings with one tag and
	// class that each hold 25 words or more (posts), and the largest that
	// each hold a link and 3 to 60 words (cards); whether the cards hold
	// prices.
	maxPosts, maxCards, cardPrices, cardGroups int

	// Structured data: JSON-LD @type values, microdata itemtype names and
	// og:type, lower-cased.
	ldTypes  map[string]bool
	ogType   string
	jsonLD   []string
	hasTitle bool
}

// walk gathers the signals of the subtree under n and returns its words,
// link words and whether it holds a price.
func (s *signals) walk(n *html.Node, inLink, inCode bool) (words, links int, price bool) {
	switch n.Type {
	case html.TextNode:
		w := countWords(n.Data)
		s.words += w
		if inLink {
			s.linkWords += w
			links = w
		}
		if inCode {
			s.codeWords += w
		}
		if w > 0 && w <= 6 {
			s.label(n.Data)
		}
		if p := countPrices(n.Data); p > 0 {
			s.prices += p
			price = true
		}
		return w, links, price
	case html.ElementNode:
	case html.DocumentNode:
		var ws, ls int
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			w, l, _ := s.walk(c, inLink, inCode)
			ws, ls = ws+w, ls+l
		}
		return ws, ls, false
	default:
		return 0, 0, false
	}
	switch n.DataAtom {
	case atom.Script:
		if attr(n, "type") == "application/ld+json" {
			s.jsonLD = append(s.jsonLD, textOf(n))
		}
		return 0, 0, false
	case atom.Style, atom.Template, atom.Svg:
		return 0, 0, false
	case atom.Meta:
		s.meta(n)
		return 0, 0, false
	}
	s.element(n)
	switch n.DataAtom {
	case atom.A:
		inLink = true
	case atom.Pre, atom.Code:
		inCode = true
	}
	type child struct {
		sig          string
		words, links int
		price        bool
	}
	var kids []child
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w, l, p := s.walk(c, inLink, inCode)
		words, links = words+w, links+l
		price = price || p
		if c.Type == html.ElementNode {
			kids = append(kids, child{signature(c), w, l, p})
		}
	}
	switch n.DataAtom {
	case atom.P:
		if words >= 20 {
			s.longParas++
			s.longParaWords += words
		}
	case atom.H1, atom.H2, atom.H3, atom.H4:
		s.headingWords += words
	}
	if len(kids) >= 2 {
		posts, cards, cardPrice := map[string]int{}, map[string]int{}, map[string]int{}
		for _, k := range kids {
			if k.words >= 25 && k.links*3 < k.words {
				posts[k.sig]++
			}
			if k.links > 0 && k.words >= 3 && k.words <= 60 {
				cards[k.sig]++
				if k.price {
					cardPrice[k.sig]++
				}
			}
		}
		for _, c := range posts {
			s.maxPosts = max(s.maxPosts, c)
		}
		for sig, c := range cards {
			if c >= 4 {
				s.cardGroups++
			}
			if c > s.maxCards {
				s.maxCards = c
				s.cardPrices = cardPrice[sig]
			}
		}
	}
	return words, links, price
}

// element counts n and the words of its class and id.
func (s *signals) element(n *html.Node) {
	switch n.DataAtom {
	case atom.Article:
		s.articles++
	case atom.Section:
		s.sections++
	case atom.P:
		s.paragraphs++
	case atom.Li:
		s.listItems++
	case atom.Table:
		s.tables++
	case atom.Tr:
		s.tableRows++
	case atom.Pre:
		s.pres++
	case atom.Code:
		s.codes++
	case atom.Form:
		s.forms++
	case atom.Input:
		s.inputs++
	case atom.Button:
		s.buttons++
	case atom.Select:
		s.selects++
	case atom.Img:
		s.images++
	case atom.Time:
		s.times++
	case atom.H1, atom.H3, atom.H4:
		s.headings++
	case atom.H2:
		s.headings++
		s.h2s++
	case atom.Nav:
		s.navs++
	case atom.Aside:
		s.asides++
	case atom.Blockquote:
		s.blockquotes++
	case atom.Title:
		s.hasTitle = true
	}
	var seen [numVocab]bool
	for _, a := range n.Attr {
		switch a.Key {
		case "class", "id", "role":
			for _, w := range classWords(a.Val) {
				if v, ok := classVocab[w]; ok && !seen[v] {
					seen[v] = true
					s.classHits[v]++
				}
			}
		case "itemprop":
			s.itemprop(a.Val)
		case "itemtype":
			if i := strings.LastIndexByte(a.Val, '/'); i >= 0 {
				s.addType(a.Val[i+1:])
			}
		}
	}
}

func (s *signals) itemprop(v string) {
	switch strings.ToLower(v) {
	case "author", "creator":
		s.propAuthor++
	case "datepublished", "datecreated", "datemodified":
		s.propDate++
	case "price", "lowprice", "pricecurrency":
		s.propPrice++
	case "text", "articlebody", "suggestedanswer", "acceptedanswer":
		s.propText++
	case "comment":
		s.propComment++
	}
}

func (s *signals) meta(n *html.Node) {
	if p := attr(n, "property"); p == "og:type" {
		s.ogType = strings.ToLower(strings.TrimSpace(attr(n, "content")))
	}
	if v := attr(n, "itemprop"); v != "" {
		s.itemprop(v)
	}
}

func (s *signals) addType(t string) {
	if s.ldTypes == nil {
		s.ldTypes = map[string]bool{}
	}
	s.ldTypes[strings.ToLower(strings.TrimSpace(t))] = true
}

// signature names an element by its tag and the first word of its class,
// so that repeated containers ("div.post", "li.product") group together.
func signature(n *html.Node) string {
	c := attr(n, "class")
	if i := strings.IndexAny(c, " \t\n"); i >= 0 {
		c = c[:i]
	}
	return n.Data + "." + c
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func textOf(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

// countWords counts the runs of letters and digits in s.
func countWords(s string) int {
	n, in := 0, false
	for _, r := range s {
		word := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' ||
			r > 0x7f && (unicode.IsLetter(r) || unicode.IsDigit(r))
		if word && !in {
			n++
		}
		in = word
	}
	return n
}
