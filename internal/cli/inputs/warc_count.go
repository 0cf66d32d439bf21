package inputs

import (
	"maps"
	"sync"

	"github.com/artext/artext/extract"
)

// ArchiveCounts counts what the WARC archives of a run held, as
// [List.Expand] reads them. Its zero value is ready to use.
type ArchiveCounts struct {
	mu      sync.Mutex
	pages   int // pages and broken records, which became inputs
	skipped map[extract.WARCSkip]int
}

func (a *ArchiveCounts) skip(s extract.WARCSkip) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.skipped == nil {
		a.skipped = map[extract.WARCSkip]int{}
	}
	a.skipped[s]++
}

func (a *ArchiveCounts) page() {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.pages++
}

// Pages returns the number of records that became inputs: pages and
// broken records.
func (a *ArchiveCounts) Pages() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.pages
}

// Skipped returns the number of records that held no page, by reason.
func (a *ArchiveCounts) Skipped() map[extract.WARCSkip]int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return maps.Clone(a.skipped)
}
