package pipeline

import (
	"github.com/artext/artext/extract"
)

// Page is a page read from an input file, on its way to extraction: a
// record of a WARC archive, a line of JSON Lines or a whole file.
type Page struct {
	// Name names the page in its output line: the record's or line's URL,
	// or the file's path.
	Name string
	// URL is the page's address, "" when not known.
	URL string
	// ContentType is the HTTP Content-Type of a WARC record's page, or
	// text/html for the html field of a JSON Lines input.
	ContentType string
	// Body is the page's content.
	Body []byte
	// Shard is the output shard the page's line goes to.
	Shard int
	// WARC is set for a record of a WARC archive, with where it is.
	WARC       bool
	WARCFile   string
	WARCOffset int64
	WARCID     string
	WARCDate   string
	// Err is why the page could not be read, "" when it could; such a
	// page is written as a failure line.
	Err string
}

// origin returns the WARC origin of p, nil for a page not from an archive.
func (p *Page) origin() *extract.WARCOrigin {
	if !p.WARC {
		return nil
	}
	return &extract.WARCOrigin{File: p.WARCFile, Offset: p.WARCOffset, RecordID: p.WARCID, Date: p.WARCDate}
}

// Line is a line of output: an article, or the failure line of a page
// that gave none.
type Line struct {
	Text string // the JSON, without its newline
	Kind Kind
}

// Kind says how the extraction of a page went.
type Kind int

// The kinds of lines.
const (
	Extracted Kind = iota // an article
	Empty                 // read, but it holds no article
	Failed                // could not be read or extracted
)
