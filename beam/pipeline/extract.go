package pipeline

import (
	"bytes"
	"context"
	"errors"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/artext/artext/extract"
)

// Counters of the pipeline's metrics, in the namespace "artext".
var (
	extractedPages = beam.NewCounter("artext", "extracted")
	emptyPages     = beam.NewCounter("artext", "empty")
	failedPages    = beam.NewCounter("artext", "failed")
	skippedRecords = map[extract.WARCSkip]beam.Counter{
		extract.WARCSkipType:        beam.NewCounter("artext", "skipped_not_responses"),
		extract.WARCSkipStatus:      beam.NewCounter("artext", "skipped_not_status_200"),
		extract.WARCSkipContentType: beam.NewCounter("artext", "skipped_not_html_or_text"),
	}
)

// extractFn extracts the article of a page and renders its output line,
// as the artext command does with -f jsonl: the article, or a failure line
// for a page that gave none.
type extractFn struct {
	MaxBytes int64 `json:"max_bytes"`
}

func (fn *extractFn) ProcessElement(ctx context.Context, p Page) (int, Line) {
	a, err := fn.extract(ctx, &p)
	var buf bytes.Buffer
	kind := Extracted
	switch {
	case errors.Is(err, extract.ErrNoContent):
		kind = Empty
	case err != nil:
		kind = Failed
	}
	if err == nil {
		err = extract.Write(&buf, a, extract.FormatJSONL, extract.WriteOptions{})
		if err != nil {
			buf.Reset()
			kind = Failed
		}
	}
	if kind != Extracted {
		extract.WriteFailure(&buf, extract.Source{Name: p.Name, WARC: p.origin()}, err)
	}
	switch kind {
	case Extracted:
		extractedPages.Inc(ctx, 1)
	case Empty:
		emptyPages.Inc(ctx, 1)
	default:
		failedPages.Inc(ctx, 1)
	}
	return p.Shard, Line{Text: string(bytes.TrimSuffix(buf.Bytes(), []byte("\n"))), Kind: kind}
}

// extract extracts the article of p with the options of the artext
// command's JSON Lines output.
func (fn *extractFn) extract(ctx context.Context, p *Page) (*extract.Article, error) {
	if p.Err != "" {
		return nil, errors.New(p.Err)
	}
	opts := extract.Options{Name: p.Name, URL: p.URL, ContentType: p.ContentType, MaxBytes: fn.MaxBytes, NoHTML: true}
	if o := p.origin(); o != nil {
		rec := &extract.WARCRecord{Origin: *o, URI: p.URL, ContentType: p.ContentType, Body: p.Body}
		return rec.Extract(ctx, opts)
	}
	return extract.FromBytes(ctx, p.Body, opts)
}
