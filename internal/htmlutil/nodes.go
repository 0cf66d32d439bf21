package htmlutil

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Attr returns the value of the attribute key of n, or "".
func Attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// HasAttr reports whether n has the attribute key, whatever its value.
func HasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// FindElement returns the first element of type a under n, n included,
// depth first, or nil.
func FindElement(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := FindElement(c, a); f != nil {
			return f
		}
	}
	return nil
}

// Clone returns a deep copy of n, detached from n's tree. It costs time
// and memory in proportion to the size of n's subtree.
func Clone(n *html.Node) *html.Node {
	c := &html.Node{Type: n.Type, DataAtom: n.DataAtom, Data: n.Data, Namespace: n.Namespace}
	c.Attr = append([]html.Attribute(nil), n.Attr...)
	for child := n.FirstChild; child != nil; child = child.NextSibling {
		c.AppendChild(Clone(child))
	}
	return c
}
