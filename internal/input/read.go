package input

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
)

// Read reads all of r, gunzipping it when it starts with the gzip magic
// bytes, and fails with a *TooLargeError when the (decompressed) content
// exceeds limit bytes; a negative limit means none. It reports whether the
// input was gzip-compressed.
func Read(r io.Reader, limit int64) (data []byte, gzipped bool, err error) {
	br := bufio.NewReader(r)
	if magic, _ := br.Peek(2); IsGzip(magic) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, true, fmt.Errorf("reading gzip: %w", err)
		}
		defer zr.Close()
		data, err := readLimited(zr, limit)
		if err != nil {
			return nil, true, fmt.Errorf("reading gzip: %w", err)
		}
		return data, true, nil
	}
	data, err = readLimited(br, limit)
	return data, false, err
}

// readLimited reads r to its end, or fails with a *TooLargeError once it
// has read more than limit bytes; a negative limit means none.
func readLimited(r io.Reader, limit int64) ([]byte, error) {
	if limit < 0 {
		return io.ReadAll(r)
	}
	var buf bytes.Buffer
	n, err := buf.ReadFrom(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if n > limit {
		return nil, &TooLargeError{Limit: limit}
	}
	return buf.Bytes(), nil
}

// GzipMagic is the magic number that starts a gzip member.
const GzipMagic = "\x1f\x8b"

// IsGzip reports whether head starts with the magic number of gzip.
func IsGzip(head []byte) bool {
	return len(head) >= 2 && head[0] == GzipMagic[0] && head[1] == GzipMagic[1]
}

// TooLargeError is the error of an input that exceeds a size limit.
type TooLargeError struct {
	Limit int64 // the limit in bytes
}

func (e *TooLargeError) Error() string {
	return fmt.Sprintf("input is larger than the limit of %d bytes", e.Limit)
}
