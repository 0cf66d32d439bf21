// Package nodepath names an element of an HTML document by a CSS path,
// for reports of what was removed or where a field came from.
package nodepath

import (
	"strconv"
	"strings"

	"golang.org/x/net/html"
)

// CSS returns a selector that matches n alone in its document: the tags of
// its ancestors from html down, joined by " > ", each with
// :nth-of-type(i) when it has siblings of its tag, as in
// "html > body > main > p:nth-of-type(2)". It returns "" for a node that
// is not an element. Its cost is one walk up from n and, at every step,
// over the siblings.
func CSS(n *html.Node) string {
	return Below(nil, n)
}

// Below returns the path of n from its ancestor top, top excluded:
// "div:nth-of-type(2) > p" below an article; with top nil, the path from
// the html element, as CSS returns it. It returns "" when n is not an
// element or is top.
func Below(top, n *html.Node) string {
	if n == nil || n.Type != html.ElementNode {
		return ""
	}
	var steps []string
	for e := n; e != nil && e != top && e.Type == html.ElementNode; e = e.Parent {
		steps = append(steps, step(e))
	}
	for i, j := 0, len(steps)-1; i < j; i, j = i+1, j-1 {
		steps[i], steps[j] = steps[j], steps[i]
	}
	return strings.Join(steps, " > ")
}

// step returns the tag of e, with its rank among the siblings of its tag
// when it has any.
func step(e *html.Node) string {
	index, count := 0, 0
	if e.Parent != nil {
		for c := e.Parent.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.Data == e.Data {
				count++
				if c == e {
					index = count
				}
			}
		}
	}
	if count <= 1 {
		return e.Data
	}
	return e.Data + ":nth-of-type(" + strconv.Itoa(index) + ")"
}
