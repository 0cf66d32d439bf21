package main

import (
	udiff "github.com/aymanbagabas/go-udiff"
)

// unifiedDiff returns the unified diff that turns old into new, with three
// lines of context, under the labels oldLabel and newLabel; "" when they
// are equal. A file that does not end with a newline is marked so.
func unifiedDiff(oldLabel, newLabel string, old, new []byte) string {
	edits := udiff.Lines(string(old), string(new))
	d, err := udiff.ToUnified(oldLabel, newLabel, string(old), edits, udiff.DefaultContextLines)
	if err != nil { // cannot happen: the edits come from old
		return "--- " + oldLabel + "\n+++ " + newLabel + "\n(no diff: " + err.Error() + ")\n"
	}
	return d
}
