package pagekind

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Post is one post of a forum thread or Q&A page.
type Post struct {
	// Node is the post's container.
	Node *html.Node
	// Text is the post's text whole, its author and date line included,
	// without its reply, share, vote and report controls.
	Text string
}

// postMarkerWords are class and id words found inside a post: its author,
// avatar and date.
var postMarkerWords = wordSet("author username user userinfo avatar poster date time timestamp posted postdate " +
	"post comment reply message answer question byline meta profile member")

// postControlWords are class and id words of a post's small controls.
var postControlWords = wordSet("actions action controls control tools toolbar share report like likes permalink " +
	"bookmark flag follow edit menu buttons reactions reaction badge badges rank stats")

// Posts returns the posts of a thread: the largest group of sibling
// containers with one tag and class that each hold text, few links, and an
// author, avatar or date, with the thread's question when the page marks
// it (schema.org Question) outside that group. It returns nil when no
// group of two posts or more is found.
func Posts(doc *html.Node) []Post {
	st := measure(doc)
	var best []*html.Node
	bestScore := 0
	for parent, s := range st {
		if s.words < 30 || parent.FirstChild == nil {
			continue
		}
		for _, g := range childGroups(parent, st, postLike(st)) {
			score := 0
			for _, m := range g {
				score += st[m].words - st[m].linkWords
			}
			if score > bestScore {
				best, bestScore = g, score
			}
		}
	}
	if len(best) < 2 {
		return nil
	}
	if q := question(doc, best); q != nil {
		best = append([]*html.Node{q}, best...)
	}
	posts := make([]Post, 0, len(best))
	for _, m := range best {
		posts = append(posts, Post{Node: m, Text: Text(m, postChrome(st))})
	}
	return posts
}

// postLike reports whether a container can be a post: a block that holds
// eight words or more, mostly not links, and a marker of a post.
func postLike(st stats) func(*html.Node) bool {
	return func(n *html.Node) bool {
		switch n.DataAtom {
		case atom.P, atom.Span, atom.A, atom.H1, atom.H2, atom.H3, atom.H4, atom.Td, atom.Th, atom.Ul, atom.Ol, atom.Img:
			return false
		}
		s := st[n]
		return s.words >= 8 && s.linkWords*2 < s.words && s.markers > 0
	}
}

// postChrome skips the chrome of the page and a post's small controls.
func postChrome(st stats) func(*html.Node) bool {
	return func(n *html.Node) bool {
		if isChrome(n) {
			return true
		}
		return st[n].words <= 12 && hasWord(n, postControlWords)
	}
}

// question returns the element the page marks as the question of a Q&A
// thread, when it is not one of the posts nor holds them.
func question(doc *html.Node, posts []*html.Node) *html.Node {
	q := find(doc, func(n *html.Node) bool {
		t := strings.ToLower(attr(n, "itemtype"))
		return strings.HasSuffix(t, "/question") || n.DataAtom != atom.Body && (attr(n, "id") == "question" || slices.Contains(classWords(attr(n, "class")), "question") && len(classWords(attr(n, "class"))) <= 3)
	})
	if q == nil {
		return nil
	}
	for _, p := range posts {
		if contains(q, p) || contains(p, q) {
			return nil
		}
	}
	return q
}

// contains reports whether n is a or under a.
func contains(a, n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == a {
			return true
		}
	}
	return false
}

// childGroups groups the element children of parent that ok accepts by
// their signature (tag and first class word), and returns the groups of
// two or more.
func childGroups(parent *html.Node, st stats, ok func(*html.Node) bool) [][]*html.Node {
	groups := map[string][]*html.Node{}
	var order []string
	for c := parent.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || !ok(c) {
			continue
		}
		k := signature(c)
		if groups[k] == nil {
			order = append(order, k)
		}
		groups[k] = append(groups[k], c)
	}
	var out [][]*html.Node
	for _, k := range order {
		if len(groups[k]) >= 2 {
			out = append(out, groups[k])
		}
	}
	return out
}

// signature names an element by its tag and first class word, digits
// dropped, so that "div.post-1" and "div.post-2" group together.
func signature(n *html.Node) string {
	w := classWords(attr(n, "class"))
	if len(w) == 0 {
		return n.Data
	}
	return n.Data + "." + w[0]
}

// stat is what measure learns of an element's subtree.
type stat struct {
	words, linkWords int
	// markers counts the post markers in the subtree: time elements,
	// itemprop author or date, and class words of postMarkerWords.
	markers int
}

type stats map[*html.Node]stat

// measure returns the stats of every element of doc, chrome and
// invisible elements counted as empty.
func measure(doc *html.Node) stats {
	st := stats{}
	var walk func(n *html.Node, inLink bool) stat
	walk = func(n *html.Node, inLink bool) stat {
		var s stat
		switch n.Type {
		case html.TextNode:
			s.words = words(n.Data)
			if inLink {
				s.linkWords = s.words
			}
			return s
		case html.ElementNode:
			if invisible(n) {
				st[n] = s
				return s
			}
			if n.DataAtom == atom.A {
				inLink = true
			}
			if n.DataAtom == atom.Time || hasWord(n, postMarkerWords) {
				s.markers++
			}
			switch strings.ToLower(attr(n, "itemprop")) {
			case "author", "datepublished", "datecreated", "creator":
				s.markers++
			}
		case html.DocumentNode:
		default:
			return s
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			cs := walk(c, inLink)
			s.words += cs.words
			s.linkWords += cs.linkWords
			s.markers += cs.markers
		}
		if n.Type == html.ElementNode {
			st[n] = s
		}
		return s
	}
	walk(doc, false)
	return st
}

// ThreadText returns the text of a thread's posts, a blank line between
// posts.
func ThreadText(posts []Post) string {
	texts := make([]string, 0, len(posts))
	for _, p := range posts {
		if p.Text != "" {
			texts = append(texts, p.Text)
		}
	}
	return strings.Join(texts, "\n\n")
}
