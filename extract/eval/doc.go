// Package eval measures extraction quality against annotated pages, the
// way the artext eval command does.
//
// Two kinds of annotation are supported. Snippet cases (the cases.json
// format of trafilatura's comparison set, see [LoadCases]) list for each page
// snippets that must appear in the extracted text and snippets that must
// not; [ScoreSnippets] counts them. Full-text truth (see [LoadTruth]) gives
// each page's whole article body; [ScoreShingles] compares word 4-gram
// shingles, as the ScrapingHub article-extraction benchmark does.
package eval
