// Package selector compiles CSS selectors and matches them against a parsed
// HTML document at a cost that is known, and bounded, before matching
// starts.
//
// The grammar is that of github.com/andybalholm/cascadia, which parses the
// selectors and matches each compound selector (div.note:not(.ad)); this
// package splits a selector at its combinators and matches the chain in one
// walk of the document, remembering for every node which prefixes of the
// chain it completes. A chain of n compound selectors then costs n compound
// matches per node, where cascadia's own descendant and sibling combinators
// walk every ancestor or sibling again for every node, a cost that grows
// with the depth of the page to the power of the number of combinators.
//
// What a selector may still cost lies in its pseudo-classes (:has walks a
// node's descendants, :nth-child its siblings, :contains its text) and in
// the combinators inside their arguments. [Selector.MatchAll] estimates
// that cost from the selector and the shape of the document (nodes, depth,
// children of the widest node, bytes of text) and refuses, with
// [ErrTooCostly], a selector whose estimate exceeds [MaxCost]; [Compile]
// refuses selectors longer than [MaxLength], with more than [MaxCompounds]
// compound selectors, or nesting selector arguments deeper than
// [MaxNesting].
package selector
