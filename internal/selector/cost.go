package selector

import "golang.org/x/net/html"

// shape is what the cost of matching a selector depends on in a document.
type shape struct {
	nodes float64 // every node of the tree
	depth float64 // the length of the longest path from the root
	width float64 // the most children of one node
	text  float64 // bytes of text, all text nodes together
}

// measure walks the tree under root once. It costs one visit per node.
func measure(root *html.Node) shape {
	var s shape
	depth := 0
	n := root
	for n != nil {
		s.nodes++
		s.depth = max(s.depth, float64(depth))
		if n.Type == html.TextNode {
			s.text += float64(len(n.Data))
		}
		if n.FirstChild != nil {
			children := 0
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				children++
			}
			s.width = max(s.width, float64(children))
			n = n.FirstChild
			depth++
			continue
		}
		for n != root && n.NextSibling == nil {
			n = n.Parent
			depth--
		}
		if n == root {
			break
		}
		n = n.NextSibling
	}
	return s
}

// cost estimates, in node visits, what matching g costs on a document of
// shape s. Every compound selector of a top-level chain is matched once
// per node (see match); those inside the argument of :not, :has or
// :haschild are matched by cascadia, and times is how often, per node,
// that happens. The estimate is an upper bound: it takes the deepest path
// and the widest node as if every node had them.
func (g group) cost(s shape) float64 {
	var total float64
	for _, c := range g {
		for _, part := range c.parts {
			total += s.nodes + part.cost(s, 1)
		}
	}
	return total
}

// nestedCost estimates the cost of g matched by cascadia, times times per
// node: a descendant combinator looks at every ancestor, a sibling
// combinator at every earlier sibling.
func (g group) nestedCost(s shape, times float64) float64 {
	var total float64
	for _, c := range g {
		t := times
		for i := len(c.parts) - 1; i >= 0; i-- {
			total += c.parts[i].cost(s, t)
			if i > 0 {
				switch c.combinators[i-1] {
				case ' ':
					t *= s.depth
				case '+', '~':
					t *= s.width
				}
			}
		}
	}
	return total
}

// cost estimates matching the compound c, times times per node.
func (c compound) cost(s shape, times float64) float64 {
	total := s.nodes * times
	for _, p := range c.pseudos {
		switch p.name {
		case "has":
			// A node's descendants: the nodes of a path, summed over all nodes.
			total += s.nodes*times*s.depth + p.arg.nestedCost(s, times*s.depth)
		case "haschild":
			// A node's children: every node once, summed over all nodes.
			total += s.nodes*times + p.arg.nestedCost(s, times)
		case "not":
			total += p.arg.nestedCost(s, times)
		case "contains", "matches":
			// The text under a node: every text once per ancestor.
			total += times * (s.text + s.nodes) * s.depth
		case "containsown", "matchesown", "empty":
			total += times * (s.text + s.nodes)
		case "lang":
			total += s.nodes * times * s.depth
		case "enabled", "disabled":
			total += s.nodes * times * (s.depth + s.width)
		case "nth-child", "nth-last-child", "nth-of-type", "nth-last-of-type",
			"first-child", "last-child", "first-of-type", "last-of-type", "only-child", "only-of-type":
			total += s.nodes * times * s.width
		default:
			total += s.nodes * times
		}
	}
	return total
}
