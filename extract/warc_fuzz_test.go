package extract_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/artext/artext/extract"
	"github.com/artext/artext/internal/warctest"
)

// FuzzReadWARC reads archives made from the sample archive's bytes: reading
// must end, without a panic (the reader turns one into a record's "internal
// error"), and each record must be a page, a skipped record or a broken
// one.
func FuzzReadWARC(f *testing.F) {
	for _, compress := range []bool{true, false} {
		var b bytes.Buffer
		warctest.WriteSample(&b, compress)
		f.Add(b.Bytes())
		if !compress {
			f.Add(warctest.Gzip(b.String())) // gzipped whole: one member
		}
	}
	f.Add([]byte("WARC/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n"))
	f.Add([]byte("WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\nContent-Length: 12\r\n\r\nHTTP/1.1 200\r\n\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		n := 0
		for r := range extract.ReadWARC(bytes.NewReader(data), "fuzz.warc", extract.WARCOptions{MaxBytes: 1 << 20}) {
			kinds := 0
			if r.Body != nil {
				kinds++
			}
			if r.Skip != extract.WARCNotSkipped {
				kinds++
			}
			if r.Err != nil {
				kinds++
				if strings.Contains(r.Err.Error(), "internal error") {
					t.Fatalf("record %d: reading panicked: %v", n, r.Err)
				}
			}
			if kinds != 1 {
				t.Fatalf("record %d is %d of page, skipped, broken: %+v", n, kinds, r)
			}
			if n++; n > len(data) {
				t.Fatalf("%d records from %d bytes", n, len(data))
			}
		}
	})
}
