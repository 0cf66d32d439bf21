package warc

// A Record is a record of an archive as Read yields it: a page to extract
// (Body set), a record that holds none (Skip set), or one that could not
// be read (Err set).
type Record struct {
	Origin      Origin
	Type        string // the WARC-Type: "response", "request", "warcinfo"...
	URI         string // the WARC-Target-URI
	Status      int    // the HTTP status of a response record, 0 when it has none
	ContentType string // of the HTTP response, or as sniffed from the body
	// Body is the page: the HTTP response's body with its transfer and
	// content encodings decoded. It is nil unless the record is a page.
	Body []byte
	Skip Skip  // why a record that was read holds no page
	Err  error // why the record could not be read
}

// Origin says where in an archive a record is.
type Origin struct {
	File     string // the archive's name, as given to Read
	Offset   int64  // the record's offset; in a .warc.gz, its gzip member's
	RecordID string // the WARC-Record-ID
	Date     string // the WARC-Date, as the archive wrote it
}

// Skip says why a record holds no page to extract.
type Skip int

// The reasons for skipping a record.
const (
	NotSkipped      Skip = iota // a page, or a record that could not be read
	SkipType                    // not a response: warcinfo, request, metadata, revisit...
	SkipStatus                  // an HTTP status other than 200, or no HTTP response at all
	SkipContentType             // content that is neither HTML nor text
)
