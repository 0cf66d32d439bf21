// Package worker is the work of one input in a run of artext: read the
// file or standard input, fetch the URL, or take the WARC record; extract
// its article within --doc-timeout; render it; write it to its output
// file. A batch (artext with many inputs) and fixtures (artext fixtures)
// both extract through it, so that every flag they share means the same.
//
// A run calls the Extractor from the workers of [batch.Run], the boundary
// where a panic fails one input and the run goes on.
package worker

import (
	"net/http"
	"runtime"
	"time"

	"github.com/artext/artext/extract"
	"github.com/artext/artext/internal/cli/cmdutil"
)

// DefaultDocTimeout is the default of --doc-timeout: far more than a page
// takes (a few milliseconds; the largest pages a second or two), little
// enough that a run of many pages does not wait long on one.
const DefaultDocTimeout = 30 * time.Second

// Settings are the flag values that decide how each input of a run is
// read, extracted and rendered. Their zero value is not ready to use:
// [DefaultSettings] gives the flags' defaults.
type Settings struct {
	Format        string             // -f: output format
	URL           string             // --url: the page's address
	InputFormat   string             // --input-format: auto, html or text
	Encoding      string             // --encoding: forced charset
	MaxBytes      cmdutil.ByteSize   // --max-bytes: input size limit
	NoFrontMatter bool               // --no-front-matter
	Rules         cmdutil.RulesFlags // --rules, --no-default-rules
	Explain       bool               // --explain
	Mode          cmdutil.ModeFlags  // --precision, --recall

	Jobs         int           // -j: inputs extracted at once; 0 for one per CPU
	DocTimeout   time.Duration // --doc-timeout: for each input, its extraction; 0 for no limit
	SkipExisting bool          // --skip-existing: leave inputs whose output file exists

	Timeout   time.Duration // --timeout: for each URL, the whole request; 0 for no limit
	UserAgent string        // --user-agent
	Retries   int           // --retries: for 429 and 5xx answers
}

// DefaultSettings returns the defaults of the flags, with userAgent as the
// User-Agent of URL requests.
func DefaultSettings(userAgent string) Settings {
	return Settings{
		Format:      string(extract.FormatJSON),
		InputFormat: "auto",
		MaxBytes:    extract.DefaultMaxBytes,
		DocTimeout:  DefaultDocTimeout,
		Timeout:     extract.DefaultFetchTimeout,
		UserAgent:   userAgent,
	}
}

// New checks the settings and makes the Extractor they describe. A
// setting that is wrong is a *cmdutil.UsageError.
func New(s Settings) (*Extractor, error) {
	format, err := extract.ParseFormat(s.Format)
	if err != nil {
		return nil, &cmdutil.UsageError{Err: err}
	}
	inputFormat, err := cmdutil.ParseInputFormat(s.InputFormat)
	if err != nil {
		return nil, err
	}
	if s.Jobs < 0 {
		return nil, cmdutil.Usagef("-j %d: want a positive number of jobs, or 0 for one per CPU", s.Jobs)
	}
	if s.Retries < 0 {
		return nil, cmdutil.Usagef("--retries %d: want 0 or more", s.Retries)
	}
	rules, err := s.Rules.Load()
	if err != nil {
		return nil, err
	}
	mode, err := s.Mode.Mode()
	if err != nil {
		return nil, err
	}
	timeout := s.Timeout
	if timeout <= 0 {
		timeout = -1 // no limit
	}
	return &Extractor{
		Format: format,
		Options: extract.Options{
			URL:         s.URL,
			InputFormat: inputFormat,
			Encoding:    s.Encoding,
			MaxBytes:    int64(s.MaxBytes),
			Rules:       rules,
			Explain:     s.Explain,
			Mode:        mode,
			NoMarkdown:  format == extract.FormatText || format == extract.FormatHTML,
			NoHTML:      format != extract.FormatHTML,
		},
		Fetcher: &extract.Fetcher{
			Transport: newTransport(s.Jobs),
			Timeout:   timeout,
			MaxBytes:  int64(s.MaxBytes),
			UserAgent: s.UserAgent,
			Retries:   s.Retries,
		},
		DocTimeout:    s.DocTimeout,
		NoFrontMatter: s.NoFrontMatter,
		SkipExisting:  s.SkipExisting,
	}, nil
}

// newTransport returns the HTTP transport of a run with jobs workers: the
// default one, keeping an idle connection per worker to a host rather
// than two, so that a list of URLs of one site reuses its connections.
func newTransport(jobs int) http.RoundTripper {
	t := http.DefaultTransport.(*http.Transport).Clone()
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	t.MaxIdleConnsPerHost = max(jobs, 2)
	return t
}
