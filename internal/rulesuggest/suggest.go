// Package rulesuggest finds the element of a page that holds a text and
// writes the rule that would remove it from the article, or make the
// article of what holds it: a rule file for boilerplate.Parse with the
// shortest CSS selector that matches that element alone on the page and
// is built from attributes that stay stable (see Generated).
package rulesuggest

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/artext/artext/internal/nodepath"
	"github.com/artext/artext/internal/selector"
	"golang.org/x/net/html"
)

// ErrNotFound is the error of Suggest when no element holds the text.
var ErrNotFound = errors.New("no element of the page holds the text")

// Suggestion is a rule for one element of a page.
type Suggestion struct {
	// Holder is the smallest element whose text contains the text asked
	// for; Target the element the rule names: Holder or a wrapper of it
	// with the same text (to drop), or the container of the article that
	// holds it (to keep).
	Holder, Target *html.Node
	// Selector matches Target alone on the page.
	Selector string
	// Stable is false when no unique selector could be built from stable
	// ids and classes, and Selector is a structural path to Target from
	// its closest ancestor that has one (nodepath.Below), or from the
	// html element: it changes with the page's layout.
	Stable bool
	// Keep is set for a select rule, unset for a remove rule.
	Keep bool
}

// Suggest finds the element of doc that holds text (compared without
// regard to spacing, then to case) and returns the rule that removes it,
// or, with keep, the select rule that makes the article of the container
// that holds it: the closest ancestor of the holder that holds at least
// half of the text of the page's paragraphs, else the closest article,
// main or [itemprop=articleBody], else the holder.
//
// Its cost is a few walks of the page for every candidate selector tried,
// shortest first, and at most a few hundred candidates.
func Suggest(doc *html.Node, text string, keep bool) (Suggestion, error) {
	want := squeeze(text)
	if want == "" {
		return Suggestion{}, errors.New("the text to find is empty")
	}
	holder := findHolder(doc, want, false)
	if holder == nil {
		holder = findHolder(doc, strings.ToLower(want), true)
	}
	if holder == nil {
		return Suggestion{}, fmt.Errorf("%w: %q", ErrNotFound, text)
	}
	s := Suggestion{Holder: holder, Keep: keep}
	start := holder
	if keep {
		start = container(doc, holder)
	}
	// The target may be start or a wrapper of it with the same text: take
	// the one with the shortest stable selector, the outermost on a tie.
	chain := []*html.Node{start}
	for p := start.Parent; p != nil && p.Type == html.ElementNode && !isRoot(p) && squeeze(textOf(p)) == squeeze(textOf(start)); p = p.Parent {
		chain = append(chain, p)
	}
	for i := len(chain) - 1; i >= 0; i-- {
		if sel, ok := stableSelector(doc, chain[i]); ok && (!s.Stable || len(sel) < len(s.Selector)) {
			s.Target, s.Selector, s.Stable = chain[i], sel, true
		}
	}
	if !s.Stable {
		for i := len(chain) - 1; i >= 0; i-- {
			if sel := anchoredPath(doc, chain[i]); s.Selector == "" || len(sel) < len(s.Selector) {
				s.Target, s.Selector = chain[i], sel
			}
		}
	}
	return s, nil
}

// anchoredPath returns the structural path of e from its closest ancestor
// that a stable selector names alone ("#sidebar > div:nth-of-type(1)"),
// else from the html element.
func anchoredPath(doc, e *html.Node) string {
	for a := e.Parent; a != nil && a.Type == html.ElementNode; a = a.Parent {
		for _, anchor := range compounds(a, false) {
			if matchesAlone(doc, anchor, a) {
				return anchor + " > " + nodepath.Below(a, e)
			}
		}
	}
	return nodepath.CSS(e)
}

// matchesAlone reports whether the selector text matches e and nothing
// else in doc.
func matchesAlone(doc *html.Node, text string, e *html.Node) bool {
	sel, err := selector.Compile(text)
	if err != nil {
		return false
	}
	m, err := sel.MatchAll(doc)
	return err == nil && len(m) == 1 && m[0] == e
}

// RuleFile returns s as a rule file, scoped to host when host is not "".
func (s Suggestion) RuleFile(host, text string) []byte {
	var b strings.Builder
	verb, key := "remove", "remove"
	if s.Keep {
		verb, key = "keep in the article", "select"
	}
	fmt.Fprintf(&b, "# Suggested by artext rules suggest, to %s the element holding\n# %s\n", verb, yamlComment(text))
	if !s.Stable {
		b.WriteString("# No stable id or class names this element alone: the selector follows\n# the page's structure, and breaks when the layout changes.\n")
	}
	if host != "" {
		fmt.Fprintf(&b, "sites: [%s]\n", yamlString(host))
	}
	fmt.Fprintf(&b, "%s:\n  - %s\n", key, yamlString(s.Selector))
	return []byte(b.String())
}

// findHolder returns the smallest element under n whose squeezed text
// (lower-cased when fold) contains want, the first in document order.
func findHolder(n *html.Node, want string, fold bool) *html.Node {
	holds := func(e *html.Node) bool {
		t := squeeze(textOf(e))
		if fold {
			t = strings.ToLower(t)
		}
		return strings.Contains(t, want)
	}
	var found *html.Node
	for e := firstElement(n); e != nil; {
		if !holds(e) {
			e = nextElementSibling(e)
			continue
		}
		found = e
		e = firstElement(e)
	}
	return found
}

// container returns the element of the article that holds e (see Suggest).
func container(doc, e *html.Node) *html.Node {
	total := paragraphText(doc)
	for a := e; a != nil && a.Type == html.ElementNode && !isRoot(a); a = a.Parent {
		if total > 0 && 2*paragraphText(a) >= total {
			return a
		}
	}
	for a := e; a != nil && a.Type == html.ElementNode && !isRoot(a); a = a.Parent {
		if a.Data == "article" || a.Data == "main" || attr(a, "itemprop") == "articleBody" {
			return a
		}
	}
	return e
}

// paragraphText returns the bytes of text of the p elements under n.
func paragraphText(n *html.Node) int {
	total := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.Data == "p" {
			total += len(squeeze(textOf(c)))
		} else {
			total += paragraphText(c)
		}
	}
	return total
}

// stableSelector returns the shortest selector, of those built from the
// stable attributes of e and of its ancestors, that matches e alone.
func stableSelector(doc, e *html.Node) (string, bool) {
	own := compounds(e, true)
	var candidates []string
	candidates = append(candidates, own...)
	depth := 0
	for a := e.Parent; a != nil && a.Type == html.ElementNode && depth < 8; a = a.Parent {
		depth++
		for _, anchor := range compounds(a, false) {
			for _, c := range own {
				candidates = append(candidates, anchor+" "+c)
				if depth == 1 {
					candidates = append(candidates, anchor+" > "+c)
				}
			}
		}
	}
	slices.SortStableFunc(candidates, func(a, b string) int { return len(a) - len(b) })
	seen := make(map[string]bool)
	for _, c := range candidates {
		if seen[c] {
			continue
		}
		seen[c] = true
		if matchesAlone(doc, c, e) {
			return c, true
		}
	}
	return "", false
}

// compounds returns the compound selectors that name e by stable
// attributes: #id, .class, tag.class, .class.class, [itemprop=...], and,
// with bare or for a landmark (article, main, aside...), its tag alone.
func compounds(e *html.Node, bare bool) []string {
	var out []string
	if id := attr(e, "id"); isIdent(id) && !Generated(id) {
		out = append(out, "#"+id)
	}
	var classes []string
	for _, c := range strings.Fields(attr(e, "class")) {
		if isIdent(c) && !Generated(c) && !slices.Contains(classes, c) {
			classes = append(classes, c)
		}
	}
	for i, c := range classes {
		out = append(out, "."+c, e.Data+"."+c)
		for _, d := range classes[i+1:] {
			out = append(out, "."+c+"."+d)
		}
	}
	if p := attr(e, "itemprop"); isIdent(p) {
		out = append(out, "["+"itemprop="+p+"]")
	}
	if bare || landmarks[e.Data] {
		out = append(out, e.Data)
	}
	return out
}

// landmarks are the tags that name a part of a page well enough to
// anchor a selector: article .byline, aside p.
var landmarks = map[string]bool{"article": true, "main": true, "header": true, "footer": true, "nav": true, "aside": true, "form": true}

// isIdent reports whether s can stand in a selector without escapes.
func isIdent(s string) bool {
	if s == "" || s[0] == '-' && len(s) > 1 && '0' <= s[1] && s[1] <= '9' || '0' <= s[0] && s[0] <= '9' {
		return false
	}
	for _, c := range s {
		if !(c == '-' || c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return true
}

func isRoot(n *html.Node) bool { return n.Data == "html" || n.Data == "body" }

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return a.Val
		}
	}
	return ""
}

func firstElement(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return c
		}
	}
	return nil
}

func nextElementSibling(n *html.Node) *html.Node {
	for c := n.NextSibling; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return c
		}
	}
	return nil
}

// textOf returns the text under n, without that of scripts and styles.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				b.WriteString(c.Data)
			case html.ElementNode:
				if c.Data != "script" && c.Data != "style" && c.Data != "template" {
					walk(c)
				}
			}
		}
	}
	walk(n)
	return b.String()
}

// squeeze returns s without its spacing, so that texts compare whatever
// the line breaks and the spaces between elements.
func squeeze(s string) string { return strings.Join(strings.Fields(s), "") }

func yamlString(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

// yamlComment returns text on one line, cut to 100 characters.
func yamlComment(text string) string {
	t := []rune(strings.Join(strings.Fields(text), " "))
	if len(t) > 100 {
		t = append(t[:99], '…')
	}
	return string(t)
}
