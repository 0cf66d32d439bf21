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
	articles, sections, paragraphs, listItems, tables, tableRows, pres, codes                int
	forms, inputs, buttons, selects, images, times, headings, h2s, navs, asides, blockquotes int

	// Words of text, and how much of it is in links, in long paragraphs
	// (at least 20 words), in code and in headings.
	words, linkWords, longParaWords, codeWords, headingWords int
	longParas                                                int

	// Elements whose class or id holds a word of each vocabulary.
	classHits [numVocab]int
	// Short texts (labels, buttons) of each interface vocabulary.
	labelHits [numLabels]int
	// Prices written in the text ("$12.99", "12,50 €").
	prices int
	// Relative dates ("3 days ago") and post numbers ("#12").
	agoDates, postNumbers int

	// Headings that hold or are held by a link (teasers), telephone and
	// mail links, and the words of the longest run of long paragraphs
	// under one parent (an article's body).
	linkedHeadings, telLinks, mainRun int
	// Meta tags of an article: a publication time and an author.
	metaPublished, metaAuthor bool

	// itemprop values of interest.
	propAuthor, propDate, propPrice, propText, propComment int

	// Repeated structures: the largest group of siblings with one tag and
	// class that each hold 25 words or more (posts), and the largest that
	// each hold a link and 3 to 60 words (cards); whether the cards hold
	// prices.
	maxPosts, maxCards, cardPrices, cardGroups int
	// The words of the largest group of posts and of cards.
	postWords, cardWords int

	// Structured data: JSON-LD @type values, microdata itemtype names and
	// og:type, lower-cased.
	ldTypes  map[string]bool
	ogType   string
	jsonLD   []string
	hasTitle bool

	stack []child
	gs    []group
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
		if h := attr(n, "href"); strings.HasPrefix(h, "tel:") || strings.HasPrefix(h, "mailto:") {
			s.telLinks++
		}
	case atom.Pre, atom.Code:
		inCode = true
	}
	// The children of every open element share one stack: a child's
	// walk pops what it pushed before it returns.
	base := len(s.stack)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w, l, p := s.walk(c, inLink, inCode)
		words, links = words+w, links+l
		price = price || p
		if c.Type == html.ElementNode {
			s.stack = append(s.stack, child{c.DataAtom, signature(c), w, l, p})
		}
	}
	kids := s.stack[base:]
	defer func() { s.stack = s.stack[:base] }()
	switch n.DataAtom {
	case atom.P:
		if words >= 20 {
			s.longParas++
			s.longParaWords += words
		}
	case atom.H1, atom.H2, atom.H3, atom.H4:
		s.headingWords += words
		if links > 0 && links*2 >= words {
			s.linkedHeadings++
		}
	}
	run := 0
	for _, k := range kids {
		if k.tag == atom.P && k.words >= 20 {
			run += k.words
		}
	}
	s.mainRun = max(s.mainRun, run)
	if len(kids) >= 2 {
		s.groups(kids)
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
			eachClassWord(a.Val, func(w []byte) {
				if v, ok := classVocab[string(w)]; ok && !seen[v] {
					seen[v] = true
					s.classHits[v]++
				}
			})
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
	switch p := attr(n, "property") + attr(n, "name"); p {
	case "og:type":
		s.ogType = strings.ToLower(strings.TrimSpace(attr(n, "content")))
	case "article:published_time", "datePublished", "date", "pubdate", "publish-date", "parsely-pub-date", "sailthru.date":
		s.metaPublished = true
	case "author", "article:author", "parsely-author", "sailthru.author":
		s.metaAuthor = true
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

// sig names an element by its tag and the first word of its class, so
// that repeated containers ("div.post", "li.product") group together.
type sig struct {
	tag   string
	class string
}

func signature(n *html.Node) sig {
	c := attr(n, "class")
	if i := strings.IndexAny(c, " \t\n"); i >= 0 {
		c = c[:i]
	}
	return sig{n.Data, c}
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

// child is what walk learns of an element's child element.
type child struct {
	tag          atom.Atom
	sig          sig
	words, links int
	price        bool
}

// group is a run of children of one signature.
type group struct {
	sig                      sig
	posts, postWords         int
	cards, cardWords, prices int
}

// groups finds the repeated posts and cards among the children of an
// element.
func (s *signals) groups(kids []child) {
	gs := s.gs[:0]
	defer func() { s.gs = gs[:0] }()
	find := func(k sig) *group {
		for i := range gs {
			if gs[i].sig == k {
				return &gs[i]
			}
		}
		gs = append(gs, group{sig: k})
		return &gs[len(gs)-1]
	}
	for _, k := range kids {
		post := k.words >= 25 && k.links*3 < k.words
		card := k.links > 0 && k.words >= 3 && k.words <= 60
		if !post && !card {
			continue
		}
		g := find(k.sig)
		if post {
			g.posts++
			g.postWords += k.words
		}
		if card {
			g.cards++
			g.cardWords += k.words
			if k.price {
				g.prices++
			}
		}
	}
	for _, g := range gs {
		s.maxPosts = max(s.maxPosts, g.posts)
		if g.posts >= 2 {
			s.postWords = max(s.postWords, g.postWords)
		}
		if g.cards >= 4 {
			s.cardGroups++
		}
		if g.cards >= 3 {
			s.cardWords = max(s.cardWords, g.cardWords)
		}
		if g.cards > s.maxCards {
			s.maxCards = g.cards
			s.cardPrices = g.prices
		}
	}
}
