package main

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/artext/artext/extract"
)

// writeFailureLine writes the failure of out as one line of JSON, naming
// the input, and the record of a WARC archive it came from.
func writeFailureLine(w io.Writer, out outcome) error {
	src := extract.Source{Name: out.input.name}
	if r := out.input.record; r != nil {
		src.WARC = &r.Origin
	}
	return extract.WriteFailure(w, src, out.err)
}

// tally counts the outcomes of a run.
type tally struct {
	done, empty, failed, skipped int
	// records counts the records of WARC archives that held no page.
	records map[extract.WARCSkip]int
}

func (t *tally) count(k outcomeKind) {
	switch k {
	case outcomeDone:
		t.done++
	case outcomeEmpty:
		t.empty++
	case outcomeFailed:
		t.failed++
	case outcomeSkipped:
		t.skipped++
	}
}

// summary says how a run of total inputs went:
// "797 inputs: 790 done, 5 empty, 2 failed in 12.3s".
func (t *tally) summary(total int, elapsed time.Duration) string {
	var b strings.Builder
	noun := "inputs"
	if total == 1 {
		noun = "input"
	}
	fmt.Fprintf(&b, "%d %s: %d done, %d empty, %d failed", total, noun, t.done, t.empty, t.failed)
	if t.skipped > 0 {
		fmt.Fprintf(&b, ", %d skipped", t.skipped)
	}
	if left := total - t.done - t.empty - t.failed - t.skipped; left > 0 {
		fmt.Fprintf(&b, ", %d not run", left)
	}
	writeSkippedRecords(&b, t.records)
	fmt.Fprintf(&b, " in %s", roundElapsed(elapsed))
	return b.String()
}

// roundElapsed rounds a run's time for people: 0.04s, 12.3s, 2m5s.
func roundElapsed(d time.Duration) time.Duration {
	switch {
	case d < time.Second:
		return d.Round(10 * time.Millisecond)
	case d < time.Minute:
		return d.Round(100 * time.Millisecond)
	}
	return d.Round(time.Second)
}
