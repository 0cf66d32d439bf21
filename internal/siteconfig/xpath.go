package siteconfig

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/antchfx/htmlquery"
	"github.com/antchfx/xpath"
	"golang.org/x/net/html"
)

// The limits of XPath expressions.
const (
	// MaxExprLength is the longest expression accepted, in bytes.
	MaxExprLength = 2048
	// MaxExprNesting is how deep parentheses and brackets may nest.
	MaxExprNesting = 32
	// MaxSteps is the most navigation steps one evaluation may take: a
	// move from a node to another, or a look at a node's text, counted in
	// steps of 64 bytes.
	MaxSteps = 2_000_000
)

// ErrTooCostly is wrapped by the error of an evaluation that took more
// than MaxSteps steps.
var ErrTooCostly = errors.New("XPath evaluation too costly: more than the steps allowed")

// Expr is an XPath expression of a site config file, compiled.
type Expr struct {
	// Text is the expression as written; File and Line say where.
	Text string
	File string
	Line int

	compiled *xpath.Expr
}

// compileExpr compiles text, within the limits.
func compileExpr(text string) (e *xpath.Expr, err error) {
	if len(text) > MaxExprLength {
		return nil, fmt.Errorf("%d bytes long, longer than the %d allowed", len(text), MaxExprLength)
	}
	depth, deepest := 0, 0
	var quote byte
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"':
			quote = c
		case c == '(' || c == '[':
			depth++
			deepest = max(deepest, depth)
		case c == ')' || c == ']':
			depth--
		}
	}
	if deepest > MaxExprNesting {
		return nil, fmt.Errorf("brackets nest %d deep, more than the %d allowed", deepest, MaxExprNesting)
	}
	defer func() {
		if r := recover(); r != nil {
			e, err = nil, fmt.Errorf("cannot compile: %v", r)
		}
	}()
	return xpath.Compile(text)
}

// budget counts the steps of one evaluation.
type budget struct{ left int }

// errOverBudget is the panic that stops an evaluation over budget; it
// does not leave this package.
type errOverBudget struct{}

func (b *budget) spend(n int) {
	b.left -= n
	if b.left < 0 {
		panic(errOverBudget{})
	}
}

// navigator is htmlquery's navigator, counting its moves against a budget.
type navigator struct {
	*htmlquery.NodeNavigator
	budget *budget
}

func (n *navigator) Copy() xpath.NodeNavigator {
	return &navigator{NodeNavigator: n.NodeNavigator.Copy().(*htmlquery.NodeNavigator), budget: n.budget}
}

func (n *navigator) MoveTo(other xpath.NodeNavigator) bool {
	o, ok := other.(*navigator)
	return ok && n.NodeNavigator.MoveTo(o.NodeNavigator)
}

func (n *navigator) Value() string {
	v := n.NodeNavigator.Value()
	n.budget.spend(1 + len(v)/64)
	return v
}

func (n *navigator) String() string { return n.Value() }

func (n *navigator) MoveToRoot() { n.budget.spend(1); n.NodeNavigator.MoveToRoot() }
func (n *navigator) MoveToParent() bool {
	n.budget.spend(1)
	return n.NodeNavigator.MoveToParent()
}
func (n *navigator) MoveToNextAttribute() bool {
	n.budget.spend(1)
	return n.NodeNavigator.MoveToNextAttribute()
}
func (n *navigator) MoveToChild() bool { n.budget.spend(1); return n.NodeNavigator.MoveToChild() }
func (n *navigator) MoveToFirst() bool { n.budget.spend(1); return n.NodeNavigator.MoveToFirst() }
func (n *navigator) MoveToNext() bool  { n.budget.spend(1); return n.NodeNavigator.MoveToNext() }
func (n *navigator) MoveToPrevious() bool {
	n.budget.spend(1)
	return n.NodeNavigator.MoveToPrevious()
}

// Match is one result of an expression: an element, a text node, or an
// attribute of Node (Attr set) whose value is Value.
type Match struct {
	Node  *html.Node
	Attr  string
	Value string
}

// Evaluate evaluates e against the document doc and returns the nodes it
// selects in document order, or, for an expression whose value is a
// string, number or boolean (string(//h1), count(//p)), that value as one
// match without a node. Its cost is bounded by MaxSteps; beyond that the
// error wraps ErrTooCostly. An error of the XPath library at evaluation
// (a function given the wrong type) is returned, never a panic.
func (e *Expr) Evaluate(doc *html.Node) (matches []Match, err error) {
	b := &budget{left: MaxSteps}
	defer func() {
		if r := recover(); r != nil {
			matches = nil
			if _, ok := r.(errOverBudget); ok {
				err = fmt.Errorf("%s: XPath %s: %w", e.where(), quote(e.Text), ErrTooCostly)
				return
			}
			err = fmt.Errorf("%s: XPath %s: %v", e.where(), quote(e.Text), r)
		}
	}()
	root := &navigator{NodeNavigator: htmlquery.CreateXPathNavigator(doc), budget: b}
	switch v := e.compiled.Evaluate(root).(type) {
	case *xpath.NodeIterator:
		for v.MoveNext() {
			nav := v.Current().(*navigator)
			m := Match{Node: nav.Current()}
			switch nav.NodeType() {
			case xpath.AttributeNode:
				m.Attr, m.Value = nav.LocalName(), nav.Value()
			case xpath.ElementNode, xpath.TextNode:
			default:
				continue // the document, a comment
			}
			matches = append(matches, m)
		}
	case string:
		if v != "" {
			matches = []Match{{Value: v}}
		}
	case float64:
		matches = []Match{{Value: strings.TrimSuffix(fmt.Sprintf("%g", v), ".0")}}
	case bool:
		if v {
			matches = []Match{{Value: "true"}}
		}
	}
	return matches, nil
}

func (e *Expr) where() string { return fmt.Sprintf("%s:%d", e.File, e.Line) }

// quote returns s quoted, cut to its first 80 bytes.
func quote(s string) string {
	if len(s) > 80 {
		return strconv.Quote(s[:77]) + "…"
	}
	return strconv.Quote(s)
}
