// Package boilerplate removes what is not the article from a sequence of text
// blocks, with explicit rules, and says which rule removed which block.
//
// A document reaches the engine as a slice of [Block] values: paragraphs,
// headings, list items, captions or lines of plain text, in document order.
// A [RuleSet] decides, for every block, whether it is kept, dropped or moved
// to the article's captions, and records the [Rule] that decided. A rule
// drops its block, or everything after it (drop-after: an end marker such as
// "Sign up to read this article"), or everything before it (drop-before), or
// the list that follows it (drop-list: "Related articles" and its links), or
// moves it to the captions (caption).
//
// Rules are written in YAML (see [Parse]); the default set, [Default], is
// embedded in the package and covers subscription and paywall prompts, app
// promotion, newsletter sign-up, share buttons, cookie banners,
// related-content lists, comment prompts, advertising labels, navigation
// leftovers, legal footers and photo credits, in English, German, French,
// Spanish, Italian, Portuguese and Dutch. It is compiled at its first use.
//
// A rule file may also scope itself to some sites (see [Sites] and
// [RuleSet.ForHost]) and hold element rules: CSS selectors that say what
// to remove from a page's HTML, what its article is, and where its title,
// authors and date stand (see [ElementRules]). The engine keeps and
// compiles them; the extractor applies them to the page.
//
// Matching is cheap for blocks no rule can match: a block longer than every
// rule's max_words is passed over after counting its words, phrase rules are
// one map lookup, and every other rule is indexed by the runes its matches
// can begin with and by strings one of which every match contains, both
// derived from its pattern, so that a block meets only the rules that could
// match it.
package boilerplate
