// Package markdown reads and writes the Markdown that artext meets: it
// tells Markdown input from plain text, splits it into blocks (headings,
// paragraphs, list items, quotations, tables and code) with the text a
// reader sees in each, and escapes text so that Markdown shows it as it
// is. It knows the syntax of CommonMark and GitHub's tables, no more than
// the pipeline needs.
package markdown
