package htmlpath

import (
	"strings"

	"github.com/artext/artext/internal/document"
	"github.com/artext/artext/internal/htmlutil"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The bounds of a lead, the paragraph under the title that sums the
// article up (a standfirst), in bytes of text.
const (
	minLeadText = 30
	maxLeadText = 800
)

// leadReach is how many elements after the title are looked at for the
// lead, and leadDepth how far up from the title the lead's ancestors must
// meet the title's.
const (
	leadReach = 60
	leadDepth = 4
)

// leadWords are the words of class names and ids that mark a lead.
var leadWords = setOf("lead", "intro", "subtitle", "subheadline", "standfirst", "excerpt",
	"abstract", "summary", "dek", "deck", "teaser", "subline", "chapo", "kicker", "description")

// findLead returns a copy of the lead of the page: the first element after
// the title (the h1 with the most text, not the site's name) whose class, id or itemprop marks it as a lead (lead,
// intro, standfirst, excerpt, teaser, itemprop=description, ...), that
// holds between minLeadText and maxLeadText bytes of text and stands near
// the title. Readability often leaves the lead out, as it sits in the
// article's header, apart from its body. findLead returns nil when there
// is no such element.
func (s *pageScan) findLead() *html.Node {
	var title *html.Node
	for _, h := range s.titles {
		if !namesSite(h) && (title == nil || s.length(h) > s.length(title)) {
			title = h
		}
	}
	if title == nil {
		return nil
	}
	n := title
	for range leadReach {
		n = nextInOrder(n, title)
		if n == nil {
			return nil
		}
		if n.Type != html.ElementNode || !isLeadElement(n) || namesSite(n) {
			continue
		}
		if l := s.length(n); l < minLeadText || l > maxLeadText || !nearTitle(n, title) {
			continue
		}
		return htmlutil.Clone(n)
	}
	return nil
}

// nextInOrder returns the element or text node after n in document order,
// skipping the children of n when n is skip (the title's own text).
func nextInOrder(n, skip *html.Node) *html.Node {
	if n != skip && n.FirstChild != nil && !(n.Type == html.ElementNode && htmlutil.IsSkipped(n.DataAtom)) {
		return n.FirstChild
	}
	for ; n != nil; n = n.Parent {
		if n.NextSibling != nil {
			return n.NextSibling
		}
	}
	return nil
}

// isLeadElement reports whether the markup of n names it as a lead.
func isLeadElement(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Div, atom.H2, atom.H3, atom.Span, atom.Section, atom.Strong:
	default:
		return false
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "itemprop":
			if strings.TrimSpace(a.Val) == "description" {
				return true
			}
		case "class", "id":
			for name := range strings.FieldsSeq(a.Val) {
				if isLeadName(name) {
					return true
				}
			}
		}
	}
	return false
}

func isLeadName(name string) bool {
	if i := strings.Index(name, "--"); i > 0 {
		name = name[:i]
	}
	found := false
	forEachWord(name, func(w string) { found = found || leadWords[w] })
	return found
}

// siteWords mark the name and the motto of the site, in its header.
var siteWords = setOf("site", "blog", "logo", "brand", "tagline", "slogan")

// namesSite reports whether the class or id of n marks it as the site's
// name or motto rather than the article's ("site-title",
// "site-description").
func namesSite(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		found := false
		forEachWord(a.Val, func(w string) { found = found || siteWords[w] })
		if found {
			return true
		}
	}
	return false
}

// nearTitle reports whether n and the title meet within leadDepth
// ancestors of the title.
func nearTitle(n, title *html.Node) bool {
	a := title
	for range leadDepth {
		a = a.Parent
		if a == nil {
			return false
		}
		for p := n.Parent; p != nil; p = p.Parent {
			if p == a {
				return true
			}
		}
	}
	return false
}

// addLead puts the lead before the article's blocks and in its tree, when
// the article does not hold its text already.
func addLead(root *html.Node, blocks []document.Block, lead *html.Node) []document.Block {
	leadBlocks := splitBlocks(lead)
	if len(leadBlocks) == 0 {
		return blocks
	}
	for _, b := range blocks {
		if strings.Contains(b.Text, leadBlocks[0].Text) || strings.Contains(leadBlocks[0].Text, b.Text) && len(b.Text) > minLeadText {
			return blocks
		}
	}
	root.InsertBefore(lead, root.FirstChild)
	return append(leadBlocks, blocks...)
}
