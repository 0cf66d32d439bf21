package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/artext/artext/extract"
)

// failureLine is the JSON Lines record of an input that gave no article:
// it has the schema version and source.name of an article, and error in
// place of the article's fields.
type failureLine struct {
	SchemaVersion int           `json:"schema_version"`
	Source        failureSource `json:"source"`
	Error         string        `json:"error"`
}

type failureSource struct {
	Name string `json:"name"`
}

// writeFailureLine writes the failure of out as one line of JSON.
func writeFailureLine(w io.Writer, out outcome) error {
	b, err := json.Marshal(failureLine{
		SchemaVersion: extract.SchemaVersion,
		Source:        failureSource{Name: out.input.name},
		Error:         out.cause(),
	})
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// tally counts the outcomes of a run.
type tally struct {
	done, empty, failed, skipped int
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
