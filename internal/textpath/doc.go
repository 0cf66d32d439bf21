// Package textpath reads the article of a text taken from a page (a page
// copied as text, a text browser's dump such as w3m -dump, or Markdown)
// into a document. Split cuts the text into blocks: lines and the cells of
// lines laid out as table columns, paragraphs a narrow width wrapped,
// list items, code, and Markdown's blocks (package markdown). Once the
// boilerplate rules have judged every block, Page.Settle gives each block
// a role (prose, short line, furniture, caption), finds the article as the
// densest run of prose, where readers' comments start, the title, byline,
// site name and date in the lines around the article's start, and why each
// block the rules kept is left out of the body.
package textpath
