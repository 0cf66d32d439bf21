// Package extract turns a web page into its clean article: title, authors,
// site, dates, language and body, as text, Markdown or HTML.
//
// Its input is raw HTML or text already taken from a page (a page copied as
// text, a w3m -dump, a scraper's text column). [FromReader] reads either,
// decodes its charset and sniffs its format; [FromNode] starts from a
// parsed HTML document. The result is an [Article], which [Write] renders
// as JSON, JSON Lines, Markdown, text or HTML. A [Fetcher] downloads pages
// to extract, and [ReadWARC] reads the pages of a WARC archive a record at
// a time. The functions are safe to call from many goroutines at once,
// one input each.
//
// # The pipeline
//
// An extraction runs in stages, each a package under internal/:
//
//   - input reads the bytes within the size limit, gunzips them, refuses
//     binary content, tells HTML from text and decodes the charset;
//   - an HTML page (parsed by golang.org/x/net/html) takes the HTML path,
//     htmlpath: its metadata is collected (meta), the elements its markup
//     marks as boilerplate are pruned, readability
//     (codeberg.org/readeck/go-readability/v2) or the page's content
//     container gives the main content, which is split into blocks, and
//     the blocks whose structure shows them to be boilerplate (lists of
//     links) are set aside;
//   - a text takes the text path, textpath, which splits it into blocks;
//   - both paths hand on the same form, a document (package document):
//     the blocks in order, with where each came from, and the metadata;
//   - the boilerplate rules of package boilerplate judge the blocks; then
//     the path settles the document: the HTML path drops the headings left
//     with nothing under them, the text path finds where the article
//     starts and ends, its title, byline, date and captions;
//   - one piece of code for both paths turns the document into the
//     Article: body, captions, removals, word count, excerpt, language,
//     and the renderings (package render).
package extract
