// Package textutil reads plain text as the stages of the pipeline need it:
// its lines as a terminal shows them, its fields and words, and sets of
// words that most words can be told apart from without a map lookup.
package textutil
