package selector

import (
	"errors"
	"fmt"
	"strings"

	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
)

// The limits of Compile and MatchAll.
const (
	// MaxLength is the longest selector Compile accepts, in bytes.
	MaxLength = 512
	// MaxCompounds is the most compound selectors (div.note, p:first-child)
	// a selector may hold, counting those in the arguments of pseudo-classes.
	MaxCompounds = 32
	// MaxNesting is how deep the arguments of :not, :has and :haschild may
	// nest: :not(:has(p)) nests 2 deep.
	MaxNesting = 2
	// MaxCost is the most node visits that MatchAll allows itself for one
	// selector on one document: a few tenths of a second at most.
	MaxCost = 50_000_000
)

// ErrTooCostly is the error of MatchAll for a selector whose estimated
// cost on a document exceeds MaxCost.
var ErrTooCostly = errors.New("too costly to match on this document")

// Error is an invalid selector: its text and what is wrong with it.
type Error struct {
	Selector string
	Err      error
}

func (e *Error) Error() string {
	return fmt.Sprintf("invalid selector %q: %v", e.Selector, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// Selector is a compiled CSS selector, or a group of them separated by
// commas. It is safe for concurrent use.
type Selector struct {
	text   string
	group  group
	chains [][]cascadia.Sel // the compound selectors of each chain of group
	bits   int              // the compound selectors of all chains
}

// Compile parses text as a CSS selector group in cascadia's grammar
// (CSS level 3 selectors, with :has, :haschild, :contains, :containsown,
// :matches and :matchesown). Pseudo-elements are refused: they select no
// node. The error, of type *Error, quotes the selector and says what is
// wrong with it. Compile costs time in proportion to the selector's length.
func Compile(text string) (*Selector, error) {
	fail := func(format string, args ...any) (*Selector, error) {
		return nil, &Error{Selector: text, Err: fmt.Errorf(format, args...)}
	}
	if strings.TrimSpace(text) == "" {
		return fail("empty selector")
	}
	if len(text) > MaxLength {
		return fail("%d bytes long, longer than the %d a selector may have", len(text), MaxLength)
	}
	if _, err := cascadia.ParseGroup(text); err != nil {
		return fail("%w", err)
	}
	g, nesting, err := split(text)
	if err != nil {
		return fail("%w", err)
	}
	if nesting > MaxNesting {
		return fail(":not, :has and :haschild nest %d deep, more than the %d allowed", nesting, MaxNesting)
	}
	if n := g.compounds(); n > MaxCompounds {
		return fail("%d compound selectors, more than the %d allowed", n, MaxCompounds)
	}
	s := &Selector{text: text, group: g}
	for _, c := range g {
		parts := make([]cascadia.Sel, len(c.parts))
		for i, part := range c.parts {
			sel, err := cascadia.Parse(part.text)
			if err != nil {
				return fail("%w", err)
			}
			parts[i] = sel
		}
		s.chains = append(s.chains, parts)
		s.bits += len(parts)
	}
	return s, nil
}

// compounds counts the compound selectors of g and of its arguments.
func (g group) compounds() int {
	n := 0
	for _, c := range g {
		for _, part := range c.parts {
			n++
			for _, p := range part.pseudos {
				n += p.arg.compounds()
			}
		}
	}
	return n
}

// String returns the selector as it was written.
func (s *Selector) String() string { return s.text }

// Cost returns the estimated number of node visits that matching s on the
// document under root would take: see MatchAll. It costs one visit of
// every node.
func (s *Selector) Cost(root *html.Node) float64 {
	return s.group.cost(measure(root))
}

// MatchAll returns the elements under root (root excluded) that s
// matches, in document order. Ancestors and earlier siblings outside root
// are not looked at.
//
// Before matching, MatchAll measures the document and estimates what s
// costs on it; when the estimate exceeds MaxCost it matches nothing and
// returns an error wrapping ErrTooCostly. Otherwise it visits every node
// once and matches each compound selector of s at most once per node.
func (s *Selector) MatchAll(root *html.Node) ([]*html.Node, error) {
	if cost := s.Cost(root); cost > MaxCost {
		return nil, &Error{Selector: s.text, Err: fmt.Errorf("%w (about %.0f node visits, more than %d)", ErrTooCostly, cost, MaxCost)}
	}
	return s.match(root), nil
}
