package warc

import (
	"bufio"
	"io"
	"strings"
	"testing"

	gowarc "github.com/nlnwa/gowarc/v3"
)

// TestWARCBlockStart checks where blockStart finds a record's block,
// and that gowarc, validating the record, reads its block from there too.
func TestWARCBlockStart(t *testing.T) {
	for _, tc := range []struct {
		name string
		rec  string
		want string // the block
	}{
		{"CRLF", "WARC/1.1\r\nContent-Length: 5\r\nWARC-Type: resource\r\n\r\nhello\r\n\r\n", "hello\r\n\r\n"},
		{"LF", "WARC/1.1\nContent-Length: 5\nWARC-Type: resource\n\nhello", "hello"},
		{"continued field", "WARC/1.1\r\nContent-Length: 5\r\nX-Note: one\r\n  \r\n two\r\n\r\nhello", "hello"},
		{"blank first line", "WARC/1.1\r\n  \r\nhello", "hello"},
		{"marker line that is not blank", "WARC/1.1\r\nContent-Length: 5\r\n\rnot blank\r\nhello", "hello"},
		{"no end of header", "WARC/1.1\r\nWARC-Type: resource\r\n", ""},
		{"version line only", "WARC/1.1", ""},
	} {
		got := tc.rec[blockStart([]byte(tc.rec)):]
		if got != tc.want {
			t.Errorf("%s: block %q, want %q", tc.name, got, tc.want)
		}
		if g, ok := gowarcBlock(t, tc.rec); ok && !strings.HasPrefix(got, g) {
			t.Errorf("%s: block %q, but gowarc reads %q", tc.name, got, g)
		}
	}
}

// gowarcBlock returns the block of the record rec as gowarc reads it, its
// Content-Length bytes, and reports whether gowarc could read the record.
func gowarcBlock(t *testing.T, rec string) (string, bool) {
	t.Helper()
	r, _, _, err := gowarc.NewUnmarshaler(gowarc.WithSkipParseBlock()).Unmarshal(bufio.NewReader(strings.NewReader(rec)))
	if err != nil {
		return "", false
	}
	defer r.Close()
	raw, err := r.Block().RawBytes()
	if err != nil {
		t.Fatalf("gowarc: %v", err)
	}
	b, err := io.ReadAll(raw)
	if err != nil {
		t.Fatalf("gowarc: %v", err)
	}
	return string(b), true
}
