// Package extract turns a web page into its clean article: title, authors,
// site, dates, language and body, as text, Markdown or HTML.
//
// Its input is raw HTML or text already taken from a page (a page copied as
// text, a w3m -dump, a scraper's text column). [FromReader] reads either,
// decodes its charset and sniffs its format; [FromNode] starts from a
// parsed HTML document. The result is an [Article], which [Write] renders
// as JSON, JSON Lines, Markdown, text or HTML. [ReadWARC] reads the pages
// of a WARC archive a record at a time. The functions are safe to call from
// many goroutines at once, one input each.
//
// The HTML path runs in stages: parse (golang.org/x/net/html), collect the
// page's metadata, find the main content with readability
// (codeberg.org/readeck/go-readability/v2), split it into blocks, remove
// boilerplate with the rules of package boilerplate, then render. The text
// path splits the text into blocks, removes boilerplate, finds where the
// article starts and ends, its title, byline and captions, and renders.
package extract
