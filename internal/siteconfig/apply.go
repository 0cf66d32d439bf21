package siteconfig

import (
	"strings"

	"github.com/artext/artext/internal/nodepath"
	"golang.org/x/net/html"
)

// Result is what a config gives a page.
type Result struct {
	// Title, Authors and Date are the values of the first title, author
	// and date expressions that select anything: the text of an element
	// with its spacing collapsed, or the value of an attribute. Authors
	// holds one value per node selected.
	Title   Field
	Authors []Field
	Date    Field
	// Body is the content that the first body expression to select
	// anything selects, outermost elements only, in document order; nil
	// when there is none.
	Body []*html.Node
	// BodyFrom is the body expression that gave Body.
	BodyFrom *Expr
	// Stripped lists what the strip directives removed, in the order of
	// the directives.
	Stripped []Stripped
	// Errors lists the expressions that failed to evaluate (too costly,
	// or refused by the XPath library); the others were applied.
	Errors []error
}

// Field is a value of the metadata and the expression that gave it.
type Field struct {
	Value string
	From  *Expr
}

// Stripped is a node that a strip directive removed.
type Stripped struct {
	// Directive is strip, strip_id_or_class or strip_image_src; Rule its
	// value; Line its line in the file.
	Directive, Rule string
	Line            int
	// Path is the CSS path of the node before it was removed (see
	// nodepath.CSS); Node the node, now out of the document.
	Path string
	Node *html.Node
}

// ApplyInPlace applies c to the parsed document doc, which it modifies:
// it reads the title, author and date, then removes what strip_image_src,
// strip and strip_id_or_class match, then selects the body, in the order
// of Full-Text RSS. The cost is bounded by MaxSteps for each expression,
// and one walk of the document for each strip_id_or_class and
// strip_image_src.
func (c *Config) ApplyInPlace(doc *html.Node) Result {
	var r Result
	if v := c.first(doc, c.Title, &r); len(v) > 0 {
		r.Title = v[0]
	}
	r.Authors = c.first(doc, c.Author, &r)
	if v := c.first(doc, c.Date, &r); len(v) > 0 {
		r.Date = v[0]
	}
	for _, src := range c.StripImageSrc {
		for _, n := range findElements(doc, func(n *html.Node) bool {
			return n.Data == "img" && strings.Contains(attr(n, "src"), src)
		}) {
			r.strip(n, "strip_image_src", src, 0)
		}
	}
	for _, e := range c.Strip {
		matches, err := e.Evaluate(doc)
		if err != nil {
			r.Errors = append(r.Errors, err)
			continue
		}
		for _, m := range matches {
			if m.Node == nil {
				continue
			}
			if m.Attr != "" {
				removeAttr(m.Node, m.Attr)
				continue
			}
			r.strip(m.Node, "strip", e.Text, e.Line)
		}
	}
	for _, s := range c.StripIDOrClass {
		for _, n := range findElements(doc, func(n *html.Node) bool {
			return strings.Contains(attr(n, "id"), s) || strings.Contains(attr(n, "class"), s)
		}) {
			r.strip(n, "strip_id_or_class", s, 0)
		}
	}
	for _, e := range c.Body {
		matches, err := e.Evaluate(doc)
		if err != nil {
			r.Errors = append(r.Errors, err)
			continue
		}
		if body := outermost(doc, matches); len(body) > 0 {
			r.Body, r.BodyFrom = body, e
			break
		}
	}
	return r
}

// first returns the values of the first of exprs that selects anything.
func (c *Config) first(doc *html.Node, exprs []*Expr, r *Result) []Field {
	for _, e := range exprs {
		matches, err := e.Evaluate(doc)
		if err != nil {
			r.Errors = append(r.Errors, err)
			continue
		}
		var out []Field
		for _, m := range matches {
			v := m.Value
			if m.Node != nil && m.Attr == "" {
				v = text(m.Node)
			}
			if v = strings.Join(strings.Fields(v), " "); v != "" {
				out = append(out, Field{Value: v, From: e})
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

// strip removes n from the document, unless an earlier strip did.
func (r *Result) strip(n *html.Node, directive, rule string, line int) {
	if n.Parent == nil || !attached(n) {
		return
	}
	path := nodepath.CSS(n)
	n.Parent.RemoveChild(n)
	r.Stripped = append(r.Stripped, Stripped{Directive: directive, Rule: rule, Line: line, Path: path, Node: n})
}

// attached reports whether n is still in a document: its ancestors lead
// to a document node.
func attached(n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n.Type == html.DocumentNode {
			return true
		}
	}
	return false
}

// outermost returns the element and text nodes of matches that have no
// ancestor among them, in document order.
func outermost(doc *html.Node, matches []Match) []*html.Node {
	set := make(map[*html.Node]bool)
	for _, m := range matches {
		if m.Node != nil && m.Attr == "" {
			set[m.Node] = true
		}
	}
	if len(set) == 0 {
		return nil
	}
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if set[c] {
				out = append(out, c)
				continue
			}
			walk(c)
		}
	}
	walk(doc)
	return out
}

// findElements returns the elements of doc for which keep is true,
// outermost ones only: removing those removes the others.
func findElements(doc *html.Node, keep func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && keep(c) {
				out = append(out, c)
				continue
			}
			walk(c)
		}
	}
	walk(doc)
	return out
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return a.Val
		}
	}
	return ""
}

func removeAttr(n *html.Node, key string) {
	for i, a := range n.Attr {
		if a.Key == key {
			n.Attr = append(n.Attr[:i], n.Attr[i+1:]...)
			return
		}
	}
}

// text returns the text under n, without that of scripts and styles.
func text(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				b.WriteString(c.Data)
			case html.ElementNode:
				if c.Data != "script" && c.Data != "style" {
					walk(c)
				}
			}
		}
	}
	walk(n)
	return b.String()
}
