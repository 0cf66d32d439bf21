// Package document is the form in which both input paths hand an article
// to the rest of the pipeline: the page's blocks of text in document
// order, each with where it came from and what was decided about it, the
// metadata found, and, for an HTML page, the article's tree.
//
// The HTML path (package htmlpath) and the text path (package textpath)
// each make a Document; package extract runs the boilerplate rules over
// its blocks and turns it into the Article, by one piece of code for both.
package document
