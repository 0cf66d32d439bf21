package htmlpath

import (
	"strings"

	"github.com/artext/artext/internal/textutil"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// signal is how strongly an element's markup says that it is not part of
// the article.
type signal int

const (
	noSignal     signal = iota
	weakSignal          // often boilerplate: metadata, tags, widgets
	mediumSignal        // boilerplate, unless it holds much of the page: teasers, author boxes
	strongSignal        // navigation, sharing, related links, comments, ...
)

// markup is what an element's tag and attributes say about it.
type markup struct {
	signal    signal
	container bool // named as the article's container (see isContentName)
	caption   bool // a photo's caption or credit
	main      bool // role=main
}

// isPrunable reports whether pruning considers elements of type a:
// containers of blocks. Headings, whose ids are often anchors ("nav-3",
// "toc-2"), inline elements and custom elements are left alone.
func isPrunable(a atom.Atom) bool {
	switch a {
	case atom.Div, atom.Section, atom.Aside, atom.Nav, atom.Footer,
		atom.Header, atom.Ul, atom.Ol, atom.Dl, atom.Form, atom.Table,
		atom.P, atom.Details, atom.Dialog, atom.Menu, atom.Article,
		atom.Figure, atom.Center, atom.Li:
		return true
	}
	return false
}

// isCaptionElement reports whether a class name can mark elements of type
// a, besides figcaption, as a caption.
func isCaptionElement(a atom.Atom) bool {
	switch a {
	case atom.Div, atom.P, atom.Span, atom.Small, atom.Em, atom.Figure, atom.Section:
		return true
	}
	return false
}

// isStrongTag reports whether elements of type a never hold the article's
// text.
func isStrongTag(a atom.Atom) bool {
	return a == atom.Nav || a == atom.Footer || a == atom.Dialog
}

// roleSignals map ARIA roles to the signal they give.
var roleSignals = map[string]signal{
	"navigation": strongSignal, "menu": strongSignal, "menubar": strongSignal, "search": strongSignal,
	"contentinfo": strongSignal, "dialog": strongSignal, "alertdialog": strongSignal,
	"complementary": weakSignal, "banner": weakSignal,
}

// readMarkup returns what the tag, role, class, id and itemprop of the
// element n say about it. It does not allocate.
//
// The class names of an element that is neither prunable nor a caption
// element (a span, a link, an image: most elements of a page) can only
// name the article's container, which a cheaper test than readName tells.
func readMarkup(n *html.Node) markup {
	var m markup
	prunable := isPrunable(n.DataAtom)
	captionable := isCaptionElement(n.DataAtom)
	m.caption = n.DataAtom == atom.Figcaption
	if isStrongTag(n.DataAtom) {
		m.signal = strongSignal
	} else if n.DataAtom == atom.Aside {
		m.signal = weakSignal
	}
	names, content := noSignal, false
	for _, a := range n.Attr {
		switch a.Key {
		case "role":
			m.main = m.main || strings.EqualFold(strings.TrimSpace(a.Val), "main")
			if prunable {
				m.signal = max(m.signal, roleSignals[strings.TrimSpace(a.Val)])
			}
		case "itemprop":
			switch strings.TrimSpace(a.Val) {
			case "articleBody":
				m.container = true
			case "caption":
				m.caption = m.caption || captionable
			}
		case "class", "id":
			if a.Key == "id" && looksLikeSlug(a.Val) {
				continue
			}
			for rest := a.Val; ; {
				var name string
				if name, rest = textutil.NextField(rest); name == "" {
					break
				}
				if !prunable && !captionable {
					m.container = m.container || isContainerName(name)
					continue
				}
				c := readName(name)
				names = max(names, c.signal)
				content = content || c.content
				m.container = m.container || c.container
				m.caption = m.caption || c.caption && captionable
			}
		}
	}
	if !prunable {
		m.signal = noSignal
	} else if !content {
		m.signal = max(m.signal, names)
	}
	return m
}

// looksLikeSlug reports whether id is made from a heading's words
// ("sharing-with-a-single-developer"), as anchors are: it then says
// nothing about what the element is.
func looksLikeSlug(id string) bool {
	return strings.Count(id, "-")+strings.Count(id, "_") >= 3
}
