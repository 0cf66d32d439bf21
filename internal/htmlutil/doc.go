// Package htmlutil reads the trees of golang.org/x/net/html as the stages
// of the pipeline need them: which elements start a block of text and
// which hold none a reader sees, attributes, and copies of a tree.
package htmlutil
