package boilerplate

import (
	"strings"

	"github.com/artext/artext/internal/selector"
	"golang.org/x/net/html"
)

// Selector is a compiled CSS selector of an element rule (see
// [ElementRules]) or of the command line, with the place it was written.
// It is safe for concurrent use.
type Selector struct {
	// File and Line say where the selector was written; File is empty for
	// a selector compiled by CompileSelector.
	File string
	Line int

	compiled *selector.Selector
}

// SelectorError is an invalid selector: its text and what is wrong with
// it. Its message quotes the selector:
//
//	invalid selector "div[": expected identifier, found EOF instead
type SelectorError = selector.Error

// ErrSelectorTooCostly is wrapped by the error of [Selector.MatchAll] when
// a selector would cost too much to match on a document.
var ErrSelectorTooCostly = selector.ErrTooCostly

// CompileSelector compiles a CSS selector, or a group of them separated by
// commas, in the grammar of github.com/andybalholm/cascadia. The error, a
// *SelectorError, quotes the selector and says what is wrong. Selectors
// longer than 512 bytes, with more than 32 compound selectors or nesting
// :not, :has and :haschild more than 2 deep are refused.
func CompileSelector(text string) (*Selector, error) {
	c, err := selector.Compile(text)
	if err != nil {
		return nil, err
	}
	return &Selector{compiled: c}, nil
}

// String returns the selector as it was written.
func (s *Selector) String() string { return s.compiled.String() }

// MatchAll returns the elements under root that s matches, in document
// order, the root excluded. Its cost is one visit of every node, and one
// match of each compound selector per node; a selector whose
// pseudo-classes (:has, :nth-child, :contains) would cost more than about
// fifty million node visits on this document matches nothing, and the
// error wraps ErrSelectorTooCostly.
func (s *Selector) MatchAll(root *html.Node) ([]*html.Node, error) {
	return s.compiled.MatchAll(root)
}

// FieldText returns the value that an element gives a field of the
// article's metadata (see [ElementRules.Title]): its content attribute (a
// meta element), else its datetime attribute (a time element), else its
// text with spacing collapsed.
func FieldText(n *html.Node) string {
	for _, key := range []string{"content", "datetime"} {
		for _, a := range n.Attr {
			if a.Key == key && a.Namespace == "" {
				return strings.Join(strings.Fields(a.Val), " ")
			}
		}
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
	return strings.Join(strings.Fields(b.String()), " ")
}
