package meta

import "strings"

// siteNameKeys are the <meta> names and properties that name the site,
// most trusted first.
var siteNameKeys = []string{"og:site_name", "application-name", "apple-mobile-web-app-title", "dc.publisher", "dcterms.publisher", "publisher", "twitter:app:name:iphone"}

// siteNames returns the names the page gives its site, most trusted first:
// og:site_name, the JSON-LD WebSite and publisher, then other <meta> tags.
// Names that are URLs are left out.
func siteNames(m *Page, ld *linkedData) []string {
	var names []string
	add := func(s string) {
		s = collapseSpace(s)
		if s != "" && !strings.Contains(s, "://") && !containsFold(names, s) {
			names = append(names, s)
		}
	}
	for _, v := range m.metas["og:site_name"] {
		add(v)
	}
	add(ld.siteName)
	add(ld.publisher)
	for _, k := range siteNameKeys[1:] {
		for _, v := range m.metas[k] {
			add(v)
		}
	}
	return names
}

// hostName returns the host of the page's address without "www.", or "".
func (m *Page) hostName() string {
	if m.pageURL == nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(m.pageURL.Hostname()), "www.")
}
