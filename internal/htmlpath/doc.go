// Package htmlpath reads the article of an HTML page into a document: it
// prunes the page of what its markup marks as boilerplate, finds the main
// content with readability (codeberg.org/readeck/go-readability/v2) or the
// page's content container, splits it into blocks, and excludes from the
// body what the structure of the blocks shows to be boilerplate (lists of
// links, link paragraphs); once the boilerplate rules have judged the
// blocks, it settles the document (the rules' removals leave the tree,
// headings left with nothing under them go). The metadata comes from
// package meta.
package htmlpath
