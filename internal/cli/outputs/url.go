package outputs

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"path"
	"strings"
	"unicode"
)

// maxSegment is the longest file or folder name URLPath makes, in
// bytes, well below the 255 that file systems allow.
const maxSegment = 100

// pageExtensions are the extensions of a URL's last segment that its
// output file does not keep.
var pageExtensions = map[string]bool{
	".html": true, ".htm": true, ".xhtml": true, ".shtml": true, ".php": true,
	".asp": true, ".aspx": true, ".jsp": true, ".cgi": true, ".txt": true,
}

// URLPath makes the path below the output folder for a URL:
// host/segment/.../name plus ext, with the dot segments of the path
// resolved, every part made of letters, digits and
// "-_.~" only (any other character becomes "_"), never "." or "..", never
// hidden, at most maxSegment bytes long. A port joins the host with "_". A
// path that ends with a slash is named index; a query adds a hash of
// itself to the name, so that ?page=1 and ?page=2 differ. keepExt keeps
// the extension of the last segment.
func URLPath(rawURL, ext string, keepExt bool) string {
	u, err := url.Parse(rawURL)
	if err != nil {
		return "url-" + shortHash(rawURL) + ext
	}
	parts := []string{safeSegment(strings.ToLower(u.Host))}
	segments := strings.Split(cleanURLPath(u.Path), "/")
	for _, s := range segments[:len(segments)-1] {
		if s != "" {
			parts = append(parts, safeSegment(s))
		}
	}
	name := segments[len(segments)-1]
	if e := path.Ext(name); !keepExt && pageExtensions[strings.ToLower(e)] && len(e) < len(name) {
		name = strings.TrimSuffix(name, e)
	}
	if name == "" {
		name = "index"
	}
	if u.RawQuery != "" {
		name += "-" + shortHash(u.RawQuery)
	}
	parts = append(parts, safeSegment(name)+ext)
	return path.Join(parts...)
}

// cleanURLPath resolves the dot segments of a URL's path, as a browser
// does, keeping a trailing slash.
func cleanURLPath(p string) string {
	clean := path.Clean("/" + p)
	if strings.HasSuffix(p, "/") && clean != "/" {
		clean += "/"
	}
	return clean
}

// safeSegment makes s a safe file or folder name.
func safeSegment(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-_.~", r)):
			b.WriteRune(r)
		case r >= 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
	}
	out := b.String()
	if strings.HasPrefix(out, ".") {
		out = "_" + out[1:] // no hidden names, no . or ..
	}
	if out == "" {
		out = "_"
	}
	if len(out) > maxSegment {
		cut := maxSegment - 9
		for cut > 0 && !isRuneStart(out[cut]) {
			cut--
		}
		out = out[:cut] + "-" + shortHash(s)
	}
	return out
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

// shortHash is the first 8 hex digits of the SHA-256 of s.
func shortHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:4])
}
