package main

import (
	"os"
	"runtime/debug"
)

// The garbage collector's settings for the artext command, unless the
// GOGC or GOMEMLIMIT environment variables say otherwise.
const (
	// gcPercent lets the heap grow to 9 times what is live before a
	// collection, rather than twice: extraction allocates much and keeps
	// little (a page's tree lives only while it is extracted), and with
	// Go's default a third of the CPU time went to collecting.
	gcPercent = 800
	// memoryLimit caps what gcPercent allows: past it the collector works
	// harder, so that a run of any length stays well under 200 MB, and a
	// huge page costs time rather than a multiple of its size in memory.
	memoryLimit = 100 << 20
)

// tuneGC sets the collector for extraction, leaving alone what the
// environment sets.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
}
