package extract

import (
	"io"
	"iter"

	"github.com/artext/artext/internal/warc"
)

// WARCOptions configure [ReadWARC]. The zero value is ready to use.
type WARCOptions struct {
	// MaxBytes limits the body of a page, after its transfer and content
	// encodings are decoded: 0 means DefaultMaxBytes, a negative value
	// means no limit. A larger page is a record with a *TooLargeError.
	MaxBytes int64
}

// ReadWARC returns an iterator over the records of the WARC archive read
// from r, an uncompressed .warc or a .warc.gz compressed a record at a time;
// name is the archive's name in the records' origins. Reading is streamed:
// one record is in memory at a time, whatever the archive's size, and of a
// record larger than MaxBytes and 1 MiB for its headers, only that much.
// A .warc.gz gzipped whole, rather than a record at a time, is read too: its
// records have the offset of its one gzip member.
//
// Each record is yielded, in the archive's order. A response record with
// HTTP status 200 whose content is HTML or text is a page: its Body is set.
// Other records have Skip set. A record that cannot be read has Err set, and
// reading goes on with the next record that can be found: in a .warc.gz, the
// next gzip member. When nothing more can be read (r fails, or a record's
// length runs past the end), the last record yielded has Err set.
func ReadWARC(r io.Reader, name string, opts WARCOptions) iter.Seq[*WARCRecord] {
	return func(yield func(*WARCRecord) bool) {
		for rec := range warc.Read(r, name, (&Options{MaxBytes: opts.MaxBytes}).maxBytes()) {
			if !yield(publicRecord(rec)) {
				return
			}
		}
	}
}

// publicRecord returns rec as a WARCRecord.
func publicRecord(rec *warc.Record) *WARCRecord {
	return &WARCRecord{
		Origin:      WARCOrigin(rec.Origin),
		Type:        rec.Type,
		URI:         rec.URI,
		Status:      rec.Status,
		ContentType: rec.ContentType,
		Body:        rec.Body,
		Skip:        publicSkip(rec.Skip),
		Err:         rec.Err,
	}
}

// publicSkip returns s as a WARCSkip.
func publicSkip(s warc.Skip) WARCSkip {
	switch s {
	case warc.SkipType:
		return WARCSkipType
	case warc.SkipStatus:
		return WARCSkipStatus
	case warc.SkipContentType:
		return WARCSkipContentType
	}
	return WARCNotSkipped
}
