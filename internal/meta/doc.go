// Package meta finds what a page says about its article besides its text:
// title, byline and authors, site name, canonical address, declared
// language, dates, description, image, tags and categories. It reads an
// HTML page's <meta> tags, JSON-LD, microdata, headings, bylines and the
// dates shown near the headline (Collect, then Page.Decide), and offers
// what reading a text needs too: the names in a byline, dates as texts
// write them, the language of an article's text and its excerpt.
package meta
