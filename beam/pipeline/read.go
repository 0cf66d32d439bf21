package pipeline

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"strconv"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/artext/artext/extract"
)

// readFileFn reads the pages of an input file, which it recognises by its
// content: a WARC archive (.warc or .warc.gz), JSON Lines of {url, html}
// (gzip-compressed or not), or else one page (HTML or text, gzip or not).
type readFileFn struct {
	Shards   int   `json:"shards"`
	MaxBytes int64 `json:"max_bytes"`
}

func (fn *readFileFn) ProcessElement(ctx context.Context, file fileio.ReadableFile, emit func(Page)) error {
	rc, err := file.Open(ctx)
	if err != nil {
		return fmt.Errorf("%s: %w", file.Metadata.Path, err)
	}
	defer rc.Close()
	path := file.Metadata.Path
	br := bufio.NewReaderSize(rc, 64<<10)
	head, _ := br.Peek(extract.WARCSniffLen)
	switch {
	case extract.IsWARC(head):
		fn.readWARC(ctx, br, path, emit)
		return nil
	case isGzip(head):
		zr, err := gzip.NewReader(br)
		if err == nil {
			inner := bufio.NewReaderSize(zr, 64<<10)
			if h, _ := inner.Peek(512); isJSONLines(h) {
				return fn.readJSONLines(inner, path, emit)
			}
		}
		// A compressed page, which extraction decompresses: start again.
		rc.Close()
		if rc, err = file.Open(ctx); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		br = bufio.NewReader(rc)
	case isJSONLines(head):
		return fn.readJSONLines(br, path, emit)
	}
	return fn.readPage(br, path, emit)
}

// readWARC emits the pages and broken records of a WARC archive, and
// counts the records it skips.
func (fn *readFileFn) readWARC(ctx context.Context, r io.Reader, path string, emit func(Page)) {
	for rec := range extract.ReadWARC(r, path, extract.WARCOptions{MaxBytes: fn.MaxBytes}) {
		if rec.Skip != extract.WARCNotSkipped {
			skippedRecords[rec.Skip].Inc(ctx, 1)
			continue
		}
		p := Page{
			Name:        rec.Name(),
			URL:         rec.URI,
			ContentType: rec.ContentType,
			Body:        rec.Body,
			Shard:       fn.shard(path, rec.Origin.Offset),
			WARC:        true,
			WARCFile:    rec.Origin.File,
			WARCOffset:  rec.Origin.Offset,
			WARCID:      rec.Origin.RecordID,
			WARCDate:    rec.Origin.Date,
		}
		if rec.Err != nil {
			p.Err = rec.Err.Error()
		}
		emit(p)
	}
}

// jsonPage is a line of JSON Lines input.
type jsonPage struct {
	URL  string `json:"url"`
	HTML string `json:"html"`
}

// readJSONLines emits a page for each line of {"url": ..., "html": ...}
// objects; blank lines are skipped, and a line that is not such an object
// is a failure named "path:line".
func (fn *readFileFn) readJSONLines(br *bufio.Reader, path string, emit func(Page)) error {
	limit := fn.MaxBytes
	if limit == 0 {
		limit = extract.DefaultMaxBytes
	}
	for n := 1; ; n++ {
		line, tooLong, err := readLine(br, 2*limit) // the HTML, escaped as JSON
		if errors.Is(err, io.EOF) && len(line) == 0 && !tooLong {
			return nil
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return fmt.Errorf("%s: %w", path, err)
		}
		name := path + ":" + strconv.Itoa(n)
		p := Page{Name: name, Shard: fn.shard(path, int64(n))}
		var v jsonPage
		switch {
		case tooLong:
			p.Err = (&extract.TooLargeError{Limit: limit}).Error()
		case len(bytes.TrimSpace(line)) == 0:
			continue
		case json.Unmarshal(line, &v) != nil:
			p.Err = "not a JSON object of url and html"
		case v.HTML == "":
			p.Err = "no html"
		default:
			if v.URL != "" {
				p.Name = v.URL
			}
			// The field says what the content is: HTML, however little
			// markup it has.
			p.URL, p.Body, p.ContentType = v.URL, []byte(v.HTML), "text/html"
		}
		emit(p)
	}
}

// readPage emits the whole file as one page. A file over the size limit is
// cut one byte past it, for extraction to refuse.
func (fn *readFileFn) readPage(r io.Reader, path string, emit func(Page)) error {
	limit := fn.MaxBytes
	if limit == 0 {
		limit = extract.DefaultMaxBytes
	}
	if limit > 0 {
		r = io.LimitReader(r, limit+1)
	}
	body, err := io.ReadAll(r)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	emit(Page{Name: path, Body: body, Shard: fn.shard(path, 0)})
	return nil
}

// shard chooses the output shard of the page at pos (an offset, a line
// number) in the file at path: the same every run.
func (fn *readFileFn) shard(path string, pos int64) int {
	h := fnv.New64a()
	io.WriteString(h, path)
	io.WriteString(h, "#"+strconv.FormatInt(pos, 10))
	return int(h.Sum64() % uint64(max(fn.Shards, 1)))
}

// readLine reads a line of at most limit bytes (a negative limit: any),
// without its line end. A longer line is skipped and reported too long.
func readLine(br *bufio.Reader, limit int64) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			line = append(line, chunk...)
			if limit >= 0 && int64(len(line)) > limit {
				tooLong, line = true, nil
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return bytes.TrimRight(line, "\r\n"), tooLong, err
	}
}

func isGzip(head []byte) bool {
	return len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b
}

// isJSONLines reports whether head starts a JSON object.
func isJSONLines(head []byte) bool {
	head = bytes.TrimLeft(head, " \t\r\n\ufeff")
	return len(head) > 0 && head[0] == '{'
}
