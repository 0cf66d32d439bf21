package extract

import "github.com/artext/artext/internal/warc"

// WARCOrigin says where in a WARC archive a page was read from, so that the
// raw record can be found again: Source.WARC of an article read by
// [ReadWARC], and what a record's failure is reported with.
type WARCOrigin struct {
	// File is the archive's name, as given to ReadWARC.
	File string `json:"file"`
	// Offset is the record's byte offset in the file: in a .warc.gz, where
	// its gzip member starts, as in a CDX index.
	Offset int64 `json:"offset"`
	// RecordID is the record's WARC-Record-ID, "<urn:uuid:...>".
	RecordID string `json:"record_id,omitempty"`
	// Date is the record's WARC-Date, as the archive wrote it.
	Date string `json:"date,omitempty"`
}

// WARCSniffLen is how many bytes of an input [IsWARC] needs to see.
const WARCSniffLen = 4 << 10

// IsWARC reports whether head, the first bytes of an input, starts a WARC
// archive: "WARC/1.0" or "WARC/1.1", or a gzip member that decompresses to
// that (a .warc.gz, compressed a record at a time). head should hold
// WARCSniffLen bytes, or the whole input when it is shorter.
func IsWARC(head []byte) bool {
	return warc.IsArchive(head)
}
