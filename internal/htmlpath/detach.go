package htmlpath

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// detach removes nodes from the tree, then the ancestors that this leaves
// without text or images.
func detach(nodes []*html.Node) {
	for _, n := range nodes {
		parent := n.Parent
		if parent == nil {
			continue
		}
		parent.RemoveChild(n)
		for parent != nil && parent.Parent != nil && isEmptyElement(parent) {
			up := parent.Parent
			up.RemoveChild(parent)
			parent = up
		}
	}
}

// isEmptyElement reports whether n holds neither text nor media.
func isEmptyElement(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				return false
			}
		case html.ElementNode:
			switch c.DataAtom {
			case atom.Img, atom.Picture, atom.Video, atom.Audio, atom.Iframe, atom.Svg, atom.Hr:
				return false
			}
			if !isEmptyElement(c) {
				return false
			}
		}
	}
	return true
}
