// Package boilerplate removes what is not the article from a sequence of text
// blocks, with explicit rules, and says which rule removed which block.
//
// A document reaches the engine as a slice of [Block] values: paragraphs,
// headings, list items, captions or lines of plain text, in document order.
// A [RuleSet] decides, for every block, whether it is kept, dropped or moved
// to the article's captions, and records the [Rule] that decided. Rules are
// written in YAML (see [Parse]); the default set, [Default], is embedded in
// the package and covers subscription and paywall prompts, app promotion,
// newsletter sign-up, share buttons, cookie banners, related-content lists,
// comment prompts, advertising labels, navigation leftovers, legal footers
// and photo credits, in English, German, French, Spanish, Italian,
// Portuguese and Dutch.
package boilerplate
