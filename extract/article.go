package extract

import "github.com/artext/artext/boilerplate"

// Article is the clean article of a page and what is known about it.
//
// Its JSON form, with the keys in this order and empty fields omitted, is
// the output format of the artext command.
type Article struct {
	// Title is the article's headline.
	Title string `json:"title,omitempty"`
	// Byline is the author line as the page gives it.
	Byline string `json:"byline,omitempty"`
	// Authors are the names of the people who wrote the article.
	Authors []string `json:"authors,omitempty"`
	// SiteName is the name of the publication.
	SiteName string `json:"site_name,omitempty"`
	// URL is the page's address, as given in Options.URL.
	URL string `json:"url,omitempty"`
	// CanonicalURL is the address the page names as its canonical one.
	CanonicalURL string `json:"canonical_url,omitempty"`
	// Language is the article's language as a BCP 47 tag ("en", "de-AT").
	Language string `json:"language,omitempty"`
	// Published is the publication date, in RFC 3339 form, or YYYY-MM-DD
	// when the page gives no time of day.
	Published string `json:"published,omitempty"`
	// PublishedRaw is the publication date as the page wrote it.
	PublishedRaw string `json:"published_raw,omitempty"`
	// Modified is the date of the last change, in the form of Published.
	Modified string `json:"modified,omitempty"`
	// ModifiedRaw is the modification date as the page wrote it.
	ModifiedRaw string `json:"modified_raw,omitempty"`
	// Excerpt is the page's description, or the opening of the first
	// paragraph.
	Excerpt string `json:"excerpt,omitempty"`
	// Image is the URL of the article's lead image.
	Image string `json:"image,omitempty"`
	// Tags are the article's keywords.
	Tags []string `json:"tags,omitempty"`
	// Categories are the sections the page files the article under.
	Categories []string `json:"categories,omitempty"`
	// WordCount is the number of words in Text.
	WordCount int `json:"word_count"`
	// Text is the body as plain text: paragraphs separated by a blank line,
	// headings and list items on lines of their own.
	Text string `json:"text"`
	// Markdown is the body as GitHub-flavoured Markdown.
	Markdown string `json:"markdown,omitempty"`
	// HTML is the body as sanitised HTML.
	HTML string `json:"-"`
	// Captions are the photo captions and credits taken out of the body.
	Captions []string `json:"captions,omitempty"`
	// Removed lists the blocks the boilerplate rules removed, in document
	// order, when Options.Explain is set.
	Removed []boilerplate.Removal `json:"removed,omitempty"`
	// Source says where the article came from.
	Source Source `json:"source"`
}

// Source describes the input an article was extracted from.
type Source struct {
	// Name is the input's name: a path, a URL, or "-" for standard input.
	Name string `json:"name,omitempty"`
	// Format is the detected format of the input: "html" or "text".
	Format InputFormat `json:"format"`
	// Charset is the character encoding the input was decoded from.
	Charset string `json:"charset,omitempty"`
	// Gzip reports whether the input was gzip-compressed.
	Gzip bool `json:"gzip,omitempty"`
	// WARC says where in a WARC archive the page was read from; nil for
	// an input that is not a record of an archive.
	WARC *WARCOrigin `json:"warc,omitempty"`
}
