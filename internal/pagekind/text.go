// Package pagekind holds content strategies for the kinds of page that
// are not articles: the posts of a forum thread, the items of a collection
// or listing, the main block of a product page, and the sections of a
// service page. Each works on a parsed document and returns blocks of text;
// they are prototypes, measured against the WCXB benchmark's annotations,
// for the extraction pipeline to adopt per page type.
package pagekind

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Text returns the visible text of n, a line per block element, without
// the chrome that skip reports (scripts, forms, buttons, ...). Runs of
// white space are collapsed.
func Text(n *html.Node, skip func(*html.Node) bool) string {
	var b strings.Builder
	writeText(&b, n, skip)
	return tidy(b.String())
}

func writeText(b *strings.Builder, n *html.Node, skip func(*html.Node) bool) {
	switch n.Type {
	case html.TextNode:
		b.WriteString(n.Data)
		return
	case html.ElementNode:
		if skip != nil && skip(n) || invisible(n) {
			return
		}
	case html.DocumentNode:
	default:
		return
	}
	block := isBlock(n)
	if block {
		b.WriteByte('\n')
	} else if n.DataAtom == atom.Td || n.DataAtom == atom.Th {
		b.WriteString(" \t ")
	}
	if n.DataAtom == atom.Br {
		b.WriteByte('\n')
	}
	if n.DataAtom == atom.Img {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		writeText(b, c, skip)
	}
	if block {
		b.WriteByte('\n')
	}
}

// tidy collapses the white space of each line and drops empty lines.
func tidy(s string) string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		if line = strings.Join(strings.Fields(line), " "); line != "" {
			out = append(out, line)
		}
	}
	return strings.Join(out, "\n")
}

// invisible reports whether n is never shown as text.
func invisible(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Template, atom.Svg, atom.Noscript, atom.Iframe, atom.Head, atom.Object, atom.Canvas:
		return n.DataAtom != atom.Noscript || n.FirstChild != nil && n.FirstChild.Type == html.TextNode && n.FirstChild.NextSibling == nil
	}
	if hasAttr(n, "hidden") || strings.EqualFold(attr(n, "aria-hidden"), "true") {
		return true
	}
	st := strings.ReplaceAll(strings.ToLower(attr(n, "style")), " ", "")
	return strings.Contains(st, "display:none") || strings.Contains(st, "visibility:hidden")
}

func isBlock(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Div, atom.Li, atom.Ul, atom.Ol, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Tr, atom.Table, atom.Section, atom.Article, atom.Header, atom.Footer, atom.Main, atom.Aside,
		atom.Blockquote, atom.Pre, atom.Dd, atom.Dt, atom.Dl, atom.Figure, atom.Figcaption, atom.Form,
		atom.Nav, atom.Details, atom.Summary, atom.Hr, atom.Address:
		return true
	}
	return false
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// words counts the words of s, as runs of letters and digits.
func words(s string) int {
	n, in := 0, false
	for _, r := range s {
		w := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r > 0x7f && r != 0xa0
		if w && !in {
			n++
		}
		in = w
	}
	return n
}
