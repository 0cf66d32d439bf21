package document

// Metadata is what a page says about its article, besides its text.
type Metadata struct {
	Title    string   // the headline
	Byline   string   // the author line as the page writes it
	Authors  []string // the authors' names
	SiteName string   // the name of the publication
	// CanonicalURL is the address the page names as its canonical one.
	CanonicalURL string
	// Language is the language the page declares, as a BCP 47 tag; the
	// article's text may contradict it.
	Language string
	// Published and Modified are the dates of publication and of the last
	// change, in RFC 3339 form or YYYY-MM-DD, and PublishedRaw and
	// ModifiedRaw the same dates as the page writes them.
	Published, PublishedRaw string
	Modified, ModifiedRaw   string
	// Description is the page's summary of the article.
	Description string
	Image       string // the URL of the lead image
	Tags        []string
	Categories  []string
}
