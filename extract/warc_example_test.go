package extract_test

import (
	"bytes"
	"context"
	"fmt"

	"github.com/artext/artext/extract"
	"github.com/artext/artext/internal/warctest"
)

func ExampleReadWARC() {
	var archive bytes.Buffer // a .warc.gz, as a crawler writes it
	warctest.WriteSample(&archive, true)

	skipped := map[extract.WARCSkip]int{}
	for r := range extract.ReadWARC(&archive, "crawl.warc.gz", extract.WARCOptions{}) {
		switch {
		case r.Err != nil:
			fmt.Println("broken:", r.Err)
		case r.Skip != extract.WARCNotSkipped:
			skipped[r.Skip]++
		default:
			a, err := r.Extract(context.Background(), extract.Options{})
			if err != nil {
				fmt.Println(err)
				continue
			}
			fmt.Printf("%s (%s): %s\n", a.URL, a.Source.WARC.RecordID, a.Title)
		}
	}
	fmt.Println("skipped:", skipped)
	// Output:
	// https://example.com/tides (<urn:uuid:00000000-0000-4000-8000-000000000003>): Tides
	// https://example.com/cafe (<urn:uuid:00000000-0000-4000-8000-000000000004>): Café au lait
	// https://example.com/sniffed (<urn:uuid:00000000-0000-4000-8000-000000000007>): Sniffed
	// https://example.com/currents (<urn:uuid:00000000-0000-4000-8000-000000000008>): Currents
	// https://example.com/empty: no article content found
	// broken: broken WARC record: cut short: 62 of its 5000 bytes
	// https://example.com/after (<urn:uuid:00000000-0000-4000-8000-000000000013>): After the break
	// skipped: map[not responses:4 not status 200:1 not HTML or text:1]
}
