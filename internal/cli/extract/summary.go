package extract

import (
	"fmt"
	"strings"
	"time"

	"github.com/artext/artext/extract"
	"github.com/artext/artext/internal/cli/worker"
)

// tally counts the outcomes of a run.
type tally struct {
	done, empty, failed, skipped int
	// records counts the records of WARC archives that held no page.
	records map[extract.WARCSkip]int
}

func (t *tally) count(k worker.Kind) {
	switch k {
	case worker.Done:
		t.done++
	case worker.Empty:
		t.empty++
	case worker.Failed:
		t.failed++
	case worker.Skipped:
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

// writeSkippedRecords adds to a run's summary the records of its archives
// that held no page, by reason: ", 6 WARC records skipped (4 not
// responses, 1 not status 200, 1 not HTML or text)".
func writeSkippedRecords(b *strings.Builder, skipped map[extract.WARCSkip]int) {
	total := 0
	for _, n := range skipped {
		total += n
	}
	if total == 0 {
		return
	}
	noun := "records"
	if total == 1 {
		noun = "record"
	}
	fmt.Fprintf(b, ", %d WARC %s skipped (", total, noun)
	sep := ""
	for _, reason := range []extract.WARCSkip{extract.WARCSkipType, extract.WARCSkipStatus, extract.WARCSkipContentType} {
		if n := skipped[reason]; n > 0 {
			fmt.Fprintf(b, "%s%d %v", sep, n, reason)
			sep = ", "
		}
	}
	b.WriteString(")")
}
