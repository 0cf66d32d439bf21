package input

import (
	"regexp"
	"testing"
)

// metaSpec is what metaCharset finds, as one expression searched for
// anywhere in the first 64 KiB: metaCharset must agree with it.
var metaSpec = regexp.MustCompile(`(?i)<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.\-]+)`)

func metaSpecCharset(data []byte) string {
	if m := metaSpec.FindSubmatch(data[:min(len(data), 64<<10)]); m != nil {
		return string(m[1])
	}
	return ""
}

func TestMetaCharset(t *testing.T) {
	for _, tt := range []struct{ html, want string }{
		{`<meta charset="utf-8">`, "utf-8"},
		{`<META http-equiv="Content-Type" content="text/html; CHARSET=iso-8859-1">`, "iso-8859-1"},
		{`<meta name="x"><p>a < b<meta charset='windows-1252'>`, "windows-1252"},
		{`<meta name="viewport" content="width=device-width"><Meta Charset=Shift_JIS>`, "Shift_JIS"},
		{`<p>no declaration</p>`, ""},
		{`<meta`, ""},
	} {
		if got := metaCharset([]byte(tt.html)); got != tt.want {
			t.Errorf("metaCharset(%q) = %q, want %q", tt.html, got, tt.want)
		}
	}
}

// FuzzMetaCharset checks that metaCharset finds what metaSpec finds.
func FuzzMetaCharset(f *testing.F) {
	for _, s := range []string{`<meta charset="utf-8">`, `<<meta charſet=a>`, `<Meta>charset=b`, "<met\u212a charset=c>", `<meta name=x><meta charset=x>`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if got, want := metaCharset(data), metaSpecCharset(data); got != want {
			t.Errorf("metaCharset(%q) = %q, want %q", data, got, want)
		}
	})
}

// TestContentTypeCharset checks that the charset of the content type wins
// over the page's own declaration, which holds without one.
func TestContentTypeCharset(t *testing.T) {
	page := []byte("<meta charset=\"utf-8\"><p>caf\xe9</p>")
	out, name, err := DecodeToUTF8(page, "", "text/html; charset=windows-1252", true)
	if err != nil || name != "windows-1252" || string(out) != "<meta charset=\"utf-8\"><p>café</p>" {
		t.Errorf("DecodeToUTF8 = %q, %q, %v; want the page in windows-1252", out, name, err)
	}
	if _, name, _ = DecodeToUTF8(page, "", "", true); name != "utf-8" {
		t.Errorf("without a content type, DecodeToUTF8 read the page as %q, want utf-8 as it declares", name)
	}
}
