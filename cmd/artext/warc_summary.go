package main

import (
	"fmt"
	"strings"
	"sync"

	"github.com/artext/artext/extract"
)

// archiveRecords counts what the archives of a run held besides pages.
type archiveRecords struct {
	mu      sync.Mutex
	inputs  int // pages and broken records, which became inputs
	skipped map[extract.WARCSkip]int
}

func (a *archiveRecords) skip(s extract.WARCSkip) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.skipped == nil {
		a.skipped = map[extract.WARCSkip]int{}
	}
	a.skipped[s]++
}

func (a *archiveRecords) input() {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.inputs++
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
