package htmlpath

import (
	"context"

	"log/slog"
	"strings"

	"github.com/artext/artext/boilerplate"
	"github.com/artext/artext/internal/document"

	"golang.org/x/net/html"
)

// wrapperShare is the share of the page's text above which an element is
// taken for a wrapper of the article, and never pruned.
const wrapperShare = 0.5

// mediumShare is the share of the page's text above which a medium signal
// (teaser, author, date, rating, aside) does not prune: such words also
// name the wrappers of articles ("teaser news-single").
const mediumShare = 0.25

// prune removes from the page, before readability looks for the article,
// the elements whose tag, role, class or id mark them as boilerplate:
// navigation, share bars, related links, newsletter boxes, comments, author
// boxes, cookie banners, tables of contents. Guards keep the article: an
// element holding more than half of the page's text is a wrapper and
// stays, and so do the ancestors of the largest content container and of
// the h1 titles. In Precision mode weak signs (metadata, tags, widgets)
// prune too. Captions and photo credits are taken out too, and their text
// returned, unless they are the page's content (see captionsAreContent)
// or mode is Recall. When explain is set, it also reports every element it
// took, as a removal by the rule "markup" whose category is the element as
// a CSS selector would name it ("div.share-bar").
func (s *pageScan) prune(mode Mode, explain bool, log *slog.Logger) (captions []string, removed []document.Removal) {
	minSignal := mediumSignal
	if mode == Precision {
		minSignal = weakSignal
	}
	limit := int(wrapperShare * float64(s.total))
	mediumLimit := int(mediumShare * float64(s.total))
	var protected map[*html.Node]bool
	for _, h := range append(s.titles, s.largest(s.containers)) {
		for n := h; n != nil && n != s.body; n = n.Parent {
			if protected == nil {
				protected = make(map[*html.Node]bool)
			}
			protected[n] = true
		}
	}
	keepCaptions := mode == Recall || s.captionsAreContent()
	debug := log.Enabled(context.Background(), slog.LevelDebug)
	for _, m := range s.marked {
		n := m.node
		if protected[n] || !s.attached(n) {
			continue
		}
		size := s.length(n)
		action := boilerplate.Drop
		switch {
		case m.caption && size <= maxCaptionText && !keepCaptions:
			action = boilerplate.MoveToCaptions
			if text := nodesText([]*html.Node{n}, false); text != "" {
				captions = append(captions, text)
			}
		case m.signal >= minSignal && size <= limit && (m.signal != mediumSignal || size <= mediumLimit || mode == Precision):
		default:
			continue
		}
		if explain {
			if text := nodesText([]*html.Node{n}, false); text != "" {
				removed = append(removed, document.Removal{
					Removal: boilerplate.Removal{Rule: "markup", Category: describeElement(n), Action: action, Text: text},
					Node:    n,
				})
			}
		}
		n.Parent.RemoveChild(n)
		if debug {
			log.Debug("pruned", "element", describeElement(n), "text", size, "caption", m.caption)
		}
	}
	return captions, removed
}

// describeElement returns the tag, id and classes of n, as a CSS selector
// would write them, for debug messages.
func describeElement(n *html.Node) string {
	var sb strings.Builder
	sb.WriteString(n.Data)
	for _, a := range n.Attr {
		switch a.Key {
		case "id":
			sb.WriteString("#" + a.Val)
		case "class":
			for _, c := range strings.Fields(a.Val) {
				sb.WriteString("." + c)
			}
		case "role":
			sb.WriteString("[role=" + a.Val + "]")
		}
	}
	return sb.String()
}
