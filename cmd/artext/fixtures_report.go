package main

import (
	"fmt"
	"strings"
)

// fixtureTally counts what a run found, or did, for the fixtures.
type fixtureTally struct {
	unchanged, changed, missing, extra, failed int
}

func (t *fixtureTally) count(s fixtureState) {
	switch s {
	case fixtureUnchanged:
		t.unchanged++
	case fixtureChanged:
		t.changed++
	case fixtureMissing:
		t.missing++
	case fixtureFailed:
		t.failed++
	}
}

// clean reports whether every fixture is as it should be.
func (t *fixtureTally) clean() bool {
	return t.changed+t.missing+t.extra+t.failed == 0
}

// summary says how a run went, in one line: for check,
// "12 fixtures: 10 unchanged, 1 changed, 1 missing"; for update,
// "12 fixtures: 10 unchanged, 1 updated, 1 new". Extra fixtures and
// failures are counted when there are any.
func (t *fixtureTally) summary(update bool) string {
	total := t.unchanged + t.changed + t.missing + t.extra + t.failed
	noun := "fixtures"
	if total == 1 {
		noun = "fixture"
	}
	changed, missing, extra := "changed", "missing", "extra"
	if update {
		changed, missing, extra = "updated", "new", "removed"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%d %s: %d unchanged, %d %s, %d %s", total, noun, t.unchanged, t.changed, changed, t.missing, missing)
	if t.extra > 0 {
		fmt.Fprintf(&b, ", %d %s", t.extra, extra)
	}
	if t.failed > 0 {
		fmt.Fprintf(&b, ", %d failed", t.failed)
	}
	return b.String()
}
