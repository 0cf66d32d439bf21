// Package render writes an article's body: as plain text from its blocks,
// and as Markdown and HTML from the tree of an HTML page (sanitised first)
// or from the blocks of a text. Whatever it writes is safe to render: no
// script, no frame, no form, no link of an unsafe scheme.
package render
