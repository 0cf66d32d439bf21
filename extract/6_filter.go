package extract

import (
	"strings"

	"github.com/artext/artext/boilerplate"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// filterBlocks runs the rules over the blocks of an HTML article, removes
// from the tree the nodes of every block they take out, and returns the
// blocks kept, the captions moved out and, when explain is set, the report
// of what was removed.
func filterBlocks(blocks []htmlBlock, rules *boilerplate.RuleSet, lang string, explain bool) (kept []htmlBlock, captions []string, removed []boilerplate.Removal) {
	plain := make([]boilerplate.Block, len(blocks))
	for i := range blocks {
		plain[i] = blocks[i].Block
	}
	decisions := rules.Apply(plain, lang)
	kept = blocks[:0:0]
	for i, d := range decisions {
		if d.Kept() {
			kept = append(kept, blocks[i])
			continue
		}
		if d.Action == boilerplate.MoveToCaptions {
			captions = append(captions, blocks[i].Text)
		}
		detach(blocks[i].nodes)
	}
	if explain {
		removed = boilerplate.Removals(plain, decisions)
	}
	return kept, captions, removed
}

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
