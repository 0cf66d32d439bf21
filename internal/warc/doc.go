// Package warc reads the pages of WARC archives (.warc, and .warc.gz
// compressed a record at a time or whole) a record at a time, streaming,
// for extract.ReadWARC: each response record with HTTP status 200 and HTML
// or text content gives its body, decoded; other records say why they hold
// no page; a broken record says what broke, and reading goes on with the
// next one that can be found. github.com/nlnwa/gowarc/v3 parses the
// records' headers.
package warc
