package pagekind

import (
	"golang.org/x/net/html"

	"github.com/artext/artext/internal/pagetype"
)

// Route returns the main content of a page of type t: the text of a
// general extraction (base) for articles and documentation, the thread's
// posts for a forum (base when none are found), and base with the lines
// of the page's text without chrome that it lacks for products,
// collections, listings and service pages. These are the choices that
// scored best on both halves of the WCXB dev pages.
func Route(t pagetype.Type, doc *html.Node, base string) string {
	switch t {
	case pagetype.Forum:
		if posts := Posts(doc); posts != nil {
			return ThreadText(posts)
		}
		return base
	case pagetype.Product, pagetype.Collection, pagetype.Listing, pagetype.Service:
		return Merge(base, PageText(doc))
	}
	return base
}
