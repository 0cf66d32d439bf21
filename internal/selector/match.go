package selector

import "golang.org/x/net/html"

// match walks the tree under root once, in document order, and computes
// for every node a mask with one bit per compound selector of s: the bit
// of part i of a chain is set when the node matches part i and its
// context matched part i-1 through the combinator between them (an
// ancestor for ' ', the parent for '>', the nearest earlier sibling that
// is not text or a comment for '+', any earlier sibling for '~'). A node
// matches s when it has the bit of the last part of a chain.
func (s *Selector) match(root *html.Node) []*html.Node {
	var final uint64
	bit := 0
	for _, parts := range s.chains {
		bit += len(parts)
		final |= 1 << (bit - 1)
	}
	type frame struct {
		next                      *html.Node // the next child to visit
		ancestors, parent         uint64     // the masks of the child's ancestors and of its parent
		previous, earlierSiblings uint64     // the masks of its earlier siblings
	}
	var out []*html.Node
	rootMask := s.mask(root, 0, 0, 0, 0)
	stack := []frame{{next: root.FirstChild, ancestors: rootMask, parent: rootMask}}
	for len(stack) > 0 {
		f := &stack[len(stack)-1]
		n := f.next
		if n == nil {
			stack = stack[:len(stack)-1]
			continue
		}
		f.next = n.NextSibling
		m := s.mask(n, f.ancestors, f.parent, f.previous, f.earlierSiblings)
		if n.Type != html.TextNode && n.Type != html.CommentNode {
			f.previous = m
		}
		f.earlierSiblings |= m
		if m&final != 0 && n.Type == html.ElementNode {
			out = append(out, n)
		}
		if n.FirstChild != nil {
			stack = append(stack, frame{next: n.FirstChild, ancestors: f.ancestors | m, parent: m})
		}
	}
	return out
}

// mask returns the bits of the compound selectors that n completes, given
// the masks of its context.
func (s *Selector) mask(n *html.Node, ancestors, parent, previous, earlierSiblings uint64) uint64 {
	var m uint64
	bit := 0
	for c, parts := range s.chains {
		for i, sel := range parts {
			if i > 0 {
				var context uint64
				switch s.group[c].combinators[i-1] {
				case ' ':
					context = ancestors
				case '>':
					context = parent
				case '+':
					context = previous
				case '~':
					context = earlierSiblings
				}
				if context&(1<<(bit-1)) == 0 {
					bit++
					continue
				}
			}
			if sel.Match(n) {
				m |= 1 << bit
			}
			bit++
		}
	}
	return m
}

// Outermost returns the nodes of nodes that have no ancestor in nodes, in
// their order: the elements to take or remove whole. It costs one walk up
// from every node.
func Outermost(nodes []*html.Node) []*html.Node {
	set := make(map[*html.Node]bool, len(nodes))
	for _, n := range nodes {
		set[n] = true
	}
	var out []*html.Node
outer:
	for _, n := range nodes {
		for p := n.Parent; p != nil; p = p.Parent {
			if set[p] {
				continue outer
			}
		}
		out = append(out, n)
	}
	return out
}
