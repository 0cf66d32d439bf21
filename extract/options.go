package extract

import (
	"log/slog"

	"github.com/artext/artext/boilerplate"
)

// DefaultMaxBytes is the input size limit used when Options.MaxBytes is 0:
// 50 MiB, counted after gzip decompression.
const DefaultMaxBytes = 50 << 20

// DefaultMaxElements is the limit on the parts of a page used when
// Options.MaxElements is 0: 200,000 HTML elements or lines of text. Real
// pages have a few thousand; the largest of the evaluation pages, 10,126.
const DefaultMaxElements = 200_000

// InputFormat says how to read an input.
type InputFormat string

// The input formats.
const (
	InputAuto InputFormat = ""     // decided from the content: markup, doctype, tag density
	InputHTML InputFormat = "html" // an HTML page
	InputText InputFormat = "text" // text taken from a page, or Markdown
)

// Options configure an extraction. The zero value is ready to use: format
// sniffed from the content, charset detected, the default boilerplate rules,
// a 50 MiB size limit.
type Options struct {
	// URL is the page's address. Relative links and image URLs resolve
	// against it, and it is reported as the article's URL.
	URL string
	// Name names the input in errors and in Article.Source, for example a
	// file path. It is not opened.
	Name string
	// InputFormat forces the input's format; by default it is sniffed.
	InputFormat InputFormat
	// Encoding forces the input's character encoding (a WHATWG label such
	// as "windows-1252" or "shift_jis"); by default it is detected from
	// the byte order mark, ContentType, <meta> tags, then the bytes.
	Encoding string
	// ContentType is the Content-Type the input was served with, if any.
	// Its charset parameter is trusted before the page's own.
	ContentType string
	// MaxBytes limits the size of the input, after gzip decompression:
	// 0 means DefaultMaxBytes, a negative value means no limit.
	MaxBytes int64
	// MaxElements limits the HTML elements of a page, or the lines of a
	// text, which cost memory and time more than bytes do: a page over it
	// fails with a *TooComplexError. 0 means DefaultMaxElements, a
	// negative value means no limit.
	MaxElements int
	// Rules are the boilerplate rules applied to the article's blocks; nil
	// means boilerplate.Default(). An empty set turns the filter off.
	Rules *boilerplate.RuleSet
	// Mode trades precision for recall; the zero value is Balanced.
	Mode Mode
	// Explain records, in Article.Removed, every block the rules removed.
	Explain bool
	// NoMarkdown and NoHTML skip rendering the body as Markdown or as HTML,
	// leaving Article.Markdown or Article.HTML empty, for callers that do
	// not need them: each costs about a tenth of the extraction's time.
	NoMarkdown bool
	NoHTML     bool
	// Logger receives debug messages about the stages of the pipeline;
	// nil discards them.
	Logger *slog.Logger
}

func (o *Options) maxBytes() int64 {
	switch {
	case o.MaxBytes == 0:
		return DefaultMaxBytes
	case o.MaxBytes < 0:
		return -1
	}
	return o.MaxBytes
}

func (o *Options) maxElements() int {
	switch {
	case o.MaxElements == 0:
		return DefaultMaxElements
	case o.MaxElements < 0:
		return -1
	}
	return o.MaxElements
}

func (o *Options) rules() *boilerplate.RuleSet {
	if o.Rules == nil {
		return boilerplate.Default()
	}
	return o.Rules
}

func (o *Options) logger() *slog.Logger {
	if o.Logger == nil {
		return slog.New(slog.DiscardHandler)
	}
	return o.Logger
}
