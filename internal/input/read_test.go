package input

import (
	"bytes"
	"compress/gzip"
	"errors"
	"strings"
	"testing"
)

func TestRead(t *testing.T) {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte("<p>hello</p>"))
	zw.Close()
	tests := []struct {
		name    string
		in      []byte
		limit   int64
		want    string
		gzipped bool
		err     string
	}{
		{"plain", []byte("<p>hello</p>"), -1, "<p>hello</p>", false, ""},
		{"gzip", gz.Bytes(), 100, "<p>hello</p>", true, ""},
		{"at the limit", []byte("12345"), 5, "12345", false, ""},
		{"over the limit", []byte("123456"), 5, "", false, "input is larger than the limit of 5 bytes"},
		{"gzip over the limit once read", gz.Bytes(), 5, "", true, "reading gzip: input is larger than the limit of 5 bytes"},
		{"broken gzip", []byte("\x1f\x8bnot gzip"), -1, "", true, "reading gzip: "},
	}
	for _, tt := range tests {
		data, gzipped, err := Read(bytes.NewReader(tt.in), tt.limit)
		if gzipped != tt.gzipped {
			t.Errorf("%s: gzipped = %v", tt.name, gzipped)
		}
		if tt.err == "" {
			if err != nil || string(data) != tt.want {
				t.Errorf("%s: Read = %q, %v; want %q", tt.name, data, err, tt.want)
			}
			continue
		}
		if err == nil || !strings.HasPrefix(err.Error(), tt.err) {
			t.Errorf("%s: error %v, want %q", tt.name, err, tt.err)
		}
	}
	_, _, err := Read(bytes.NewReader(gz.Bytes()), 5)
	var tl *TooLargeError
	if !errors.As(err, &tl) || tl.Limit != 5 {
		t.Errorf("Read of gzip over the limit: %v, want a *TooLargeError", err)
	}
}

func TestCheckBinary(t *testing.T) {
	for _, tt := range []struct {
		name string
		in   string
		want string // the media type refused, or ""
	}{
		{"html", "<!DOCTYPE html><p>x", ""},
		{"text with escape codes", "plain \x1b[1mbold\x1b[0m text", ""},
		{"utf-16", "\xff\xfeh\x00i\x00", ""},
		{"png", "\x89PNG\r\n\x1a\n....", "image/png"},
		{"pdf", "%PDF-1.7 ...", "application/pdf"},
		{"zero bytes", "ELF\x00\x00\x01", "application/octet-stream"},
	} {
		err := CheckBinary([]byte(tt.in))
		var cte *ContentTypeError
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%s: refused: %v", tt.name, err)
		case tt.want != "" && (!errors.As(err, &cte) || cte.ContentType != tt.want || !cte.Sniffed):
			t.Errorf("%s: %v, want %s refused", tt.name, err, tt.want)
		}
	}
}
