package selector

import (
	"errors"
	"strings"
)

// The scanner below follows cascadia's parser (parser.go of
// github.com/andybalholm/cascadia v1.3.4) character for character, but
// keeps only the structure of a selector: where its compound selectors
// begin and end, the combinators between them, and the pseudo-classes
// whose cost depends on the document. It runs only on text that cascadia
// has already parsed without error.

// group is a list of complex selectors separated by commas.
type group []chain

// chain is a complex selector: compound selectors joined by combinators.
// combinators[i] joins parts[i] and parts[i+1]: ' ', '>', '+' or '~'.
type chain struct {
	parts       []compound
	combinators []byte
}

// compound is a compound selector: its text, and the pseudo-classes in it
// that cost more than a look at the node itself.
type compound struct {
	text    string
	pseudos []pseudo
}

// pseudo is a pseudo-class of a compound selector, with the selectors of
// its argument for :not, :has and :haschild.
type pseudo struct {
	name string
	arg  group
}

// errSplit reports text that the scanner cannot follow; cascadia having
// accepted the text first, it means the two disagree on the grammar.
var errSplit = errors.New("selector: internal error: cannot split a selector that cascadia accepts")

type scanner struct {
	s     string
	i     int
	depth int // nesting of selector arguments
	max   int // the deepest nesting seen
}

func split(s string) (group, int, error) {
	sc := &scanner{s: s}
	g, err := sc.group()
	if err == nil && sc.i < len(s) {
		err = errSplit
	}
	return g, sc.max, err
}

func (p *scanner) group() (group, error) {
	c, err := p.chain()
	if err != nil {
		return nil, err
	}
	g := group{c}
	for p.i < len(p.s) && p.s[p.i] == ',' {
		p.i++
		c, err := p.chain()
		if err != nil {
			return nil, err
		}
		g = append(g, c)
	}
	return g, nil
}

func (p *scanner) chain() (chain, error) {
	p.skipWhitespace()
	first, err := p.compound()
	if err != nil {
		return chain{}, err
	}
	c := chain{parts: []compound{first}}
	for {
		var combinator byte
		if p.skipWhitespace() {
			combinator = ' '
		}
		if p.i >= len(p.s) {
			return c, nil
		}
		switch p.s[p.i] {
		case '+', '>', '~':
			combinator = p.s[p.i]
			p.i++
			p.skipWhitespace()
		case ',', ')':
			return c, nil
		}
		if combinator == 0 {
			return c, nil
		}
		next, err := p.compound()
		if err != nil {
			return chain{}, err
		}
		c.parts = append(c.parts, next)
		c.combinators = append(c.combinators, combinator)
	}
}

func (p *scanner) compound() (compound, error) {
	start := p.i
	if p.i >= len(p.s) {
		return compound{}, errSplit
	}
	var out compound
	switch p.s[p.i] {
	case '*':
		p.i++
		if p.i+2 < len(p.s) && p.s[p.i:p.i+2] == "|*" {
			p.i += 2
		}
	case '#', '.', '[', ':':
	default:
		if err := p.identifier(); err != nil {
			return compound{}, err
		}
	}
loop:
	for p.i < len(p.s) {
		var err error
		switch p.s[p.i] {
		case '#':
			p.i++
			err = p.name()
		case '.':
			p.i++
			err = p.identifier()
		case '[':
			err = p.attribute()
		case ':':
			var ps pseudo
			ps, err = p.pseudo()
			if err == nil {
				out.pseudos = append(out.pseudos, ps)
			}
		default:
			break loop
		}
		if err != nil {
			return compound{}, err
		}
	}
	out.text = p.s[start:p.i]
	if out.text == "" {
		return compound{}, errSplit
	}
	return out, nil
}

func (p *scanner) attribute() error {
	p.i++ // [
	p.skipWhitespace()
	if err := p.identifier(); err != nil {
		return err
	}
	p.skipWhitespace()
	if p.i >= len(p.s) {
		return errSplit
	}
	if p.s[p.i] == ']' {
		p.i++
		return nil
	}
	if p.i+2 >= len(p.s) {
		return errSplit
	}
	op := p.s[p.i : p.i+2]
	if op[0] == '=' {
		op = "="
	}
	p.i += len(op)
	p.skipWhitespace()
	if p.i >= len(p.s) {
		return errSplit
	}
	var err error
	switch {
	case op == "#=":
		err = p.regex()
	case p.s[p.i] == '\'' || p.s[p.i] == '"':
		err = p.str()
	default:
		err = p.identifier()
	}
	if err != nil {
		return err
	}
	p.skipWhitespace()
	if p.i < len(p.s) && (p.s[p.i] == 'i' || p.s[p.i] == 'I') {
		p.i++
	}
	p.skipWhitespace()
	if p.i >= len(p.s) || p.s[p.i] != ']' {
		return errSplit
	}
	p.i++
	return nil
}

func (p *scanner) pseudo() (pseudo, error) {
	p.i++ // :
	if p.i < len(p.s) && p.s[p.i] == ':' {
		return pseudo{}, errSplit // a pseudo-element, which Compile refuses
	}
	start := p.i
	if err := p.identifier(); err != nil {
		return pseudo{}, err
	}
	ps := pseudo{name: strings.ToLower(p.s[start:p.i])}
	switch ps.name {
	case "not", "has", "haschild":
		if !p.open() {
			return pseudo{}, errSplit
		}
		p.depth++
		p.max = max(p.max, p.depth)
		g, err := p.group()
		p.depth--
		if err != nil {
			return pseudo{}, err
		}
		ps.arg = g
		return ps, p.close()
	case "matches", "matchesown":
		if !p.open() {
			return pseudo{}, errSplit
		}
		if err := p.regex(); err != nil {
			return pseudo{}, err
		}
		return ps, p.close()
	case "contains", "containsown", "lang", "nth-child", "nth-last-child", "nth-of-type", "nth-last-of-type":
		if !p.open() {
			return pseudo{}, errSplit
		}
		if p.i < len(p.s) && (p.s[p.i] == '\'' || p.s[p.i] == '"') {
			if err := p.str(); err != nil {
				return pseudo{}, err
			}
		} else {
			// An identifier or an an+b expression: neither holds ')'.
			for p.i < len(p.s) && p.s[p.i] != ')' {
				if p.s[p.i] == '\\' {
					p.i++
				}
				p.i++
			}
		}
		return ps, p.close()
	}
	return ps, nil
}

// open consumes '(' and the whitespace after it.
func (p *scanner) open() bool {
	if p.i < len(p.s) && p.s[p.i] == '(' {
		p.i++
		p.skipWhitespace()
		return true
	}
	return false
}

// close consumes whitespace and ')'.
func (p *scanner) close() error {
	p.skipWhitespace()
	if p.i < len(p.s) && p.s[p.i] == ')' {
		p.i++
		return nil
	}
	return errSplit
}

// skipWhitespace consumes whitespace and comments, as cascadia does, and
// reports whether there was any.
func (p *scanner) skipWhitespace() bool {
	i := p.i
	for i < len(p.s) {
		switch p.s[i] {
		case ' ', '\t', '\r', '\n', '\f':
			i++
			continue
		case '/':
			if strings.HasPrefix(p.s[i:], "/*") {
				if end := strings.Index(p.s[i+2:], "*/"); end != -1 {
					i += end + 4
					continue
				}
			}
		}
		break
	}
	moved := i > p.i
	p.i = i
	return moved
}

func (p *scanner) identifier() error {
	for p.i < len(p.s) && p.s[p.i] == '-' {
		p.i++
	}
	if p.i >= len(p.s) || !(nameStart(p.s[p.i]) || p.s[p.i] == '\\') {
		return errSplit
	}
	return p.name()
}

func (p *scanner) name() error {
	start := p.i
	for p.i < len(p.s) {
		c := p.s[p.i]
		switch {
		case nameChar(c):
			p.i++
		case c == '\\':
			if err := p.escape(); err != nil {
				return err
			}
		default:
			if p.i == start {
				return errSplit
			}
			return nil
		}
	}
	if p.i == start {
		return errSplit
	}
	return nil
}

func (p *scanner) escape() error {
	if p.i+1 >= len(p.s) {
		return errSplit
	}
	start := p.i + 1
	if c := p.s[start]; hexDigit(c) {
		i := start
		for i < start+6 && i < len(p.s) && hexDigit(p.s[i]) {
			i++
		}
		if i < len(p.s) {
			switch p.s[i] {
			case '\r':
				i++
				if i < len(p.s) && p.s[i] == '\n' {
					i++
				}
			case ' ', '\t', '\n', '\f':
				i++
			}
		}
		p.i = i
		return nil
	}
	p.i += 2
	return nil
}

func (p *scanner) str() error {
	quote := p.s[p.i]
	i := p.i + 1
	for i < len(p.s) {
		switch p.s[i] {
		case '\\':
			if i+1 < len(p.s) {
				switch p.s[i+1] {
				case '\r':
					if i+2 < len(p.s) && p.s[i+2] == '\n' {
						i += 3
						continue
					}
					i += 2
					continue
				case '\n', '\f':
					i += 2
					continue
				}
			}
			p.i = i
			if err := p.escape(); err != nil {
				return err
			}
			i = p.i
		case quote:
			p.i = i + 1
			return nil
		default:
			i++
		}
	}
	return errSplit
}

// regex skips a regular expression up to the ')' or ']' that closes more
// than it opened, as cascadia's parseRegex does.
func (p *scanner) regex() error {
	open := 0
	for i := p.i; i < len(p.s); i++ {
		switch p.s[i] {
		case '(', '[':
			open++
		case ')', ']':
			open--
			if open < 0 {
				p.i = i
				return nil
			}
		}
	}
	return errSplit
}

func hexDigit(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func nameStart(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_' || c > 127
}

func nameChar(c byte) bool {
	return nameStart(c) || c == '-' || '0' <= c && c <= '9'
}
