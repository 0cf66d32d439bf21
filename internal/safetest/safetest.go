// Package safetest checks that the HTML and Markdown artext writes are
// safe to render: that they hold nothing that runs a script, loads a
// document or submits a form. It reads the output as a browser and a
// Markdown renderer would, independently of the sanitiser that made it, for
// the fuzz tests and the tests of the renderers.
package safetest

import (
	"html"
	"regexp"
	"strings"
	"testing"

	nethtml "golang.org/x/net/html"
)

// CheckHTML fails t when the HTML output s holds an element or an
// attribute that could run a script, load a document or submit a form.
// It reads s as a browser does, independently of the sanitiser.
func CheckHTML(t testing.TB, s string) {
	t.Helper()
	doc, err := nethtml.Parse(strings.NewReader(s))
	if err != nil {
		return // too deep to be read: nothing renders it either
	}
	var walk func(n *nethtml.Node)
	walk = func(n *nethtml.Node) {
		if n.Type == nethtml.ElementNode {
			switch n.Data {
			case "script", "style", "iframe", "frame", "object", "embed", "applet", "form", "base", "link", "meta":
				t.Errorf("HTML output has a <%s>: %.200q", n.Data, s)
			}
			for _, a := range n.Attr {
				key := strings.ToLower(a.Key)
				if strings.HasPrefix(key, "on") || key == "style" || key == "srcdoc" {
					t.Errorf("HTML output has a %s attribute: %.200q", a.Key, s)
				}
				if scheme := dangerousScheme(a.Val); scheme != "" && !(scheme == "data:image" && n.Data == "img" && key == "src") {
					t.Errorf("HTML output has a %s URL in %s: %.200q", scheme, a.Key, s)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
}

// dangerousScheme returns the scheme of a URL that can run a script
// ("javascript:", "vbscript:", "data:", or "data:image" for an image), or
// "" for any other.
func dangerousScheme(u string) string {
	u = strings.ToLower(strings.Map(func(r rune) rune {
		if r <= ' ' {
			return -1
		}
		return r
	}, u))
	for _, s := range []string{"javascript:", "vbscript:", "livescript:"} {
		if strings.HasPrefix(u, s) {
			return s
		}
	}
	if strings.HasPrefix(u, "data:") {
		if strings.HasPrefix(u, "data:image/") && !strings.HasPrefix(u, "data:image/svg") {
			return "data:image"
		}
		return "data:"
	}
	return ""
}

var (
	// fencedCode finds fenced code blocks, whose content Markdown shows as text.
	fencedCode = regexp.MustCompile("(?ms)^ {0,3}(```+|~~~+).*?(^ {0,3}```+|^ {0,3}~~~+|\\z)")
	// checkedLinkTarget finds link targets and reference definitions: an
	// unescaped [, text in which ] is escaped, then ]( or ]:.
	checkedLinkTarget = regexp.MustCompile(`(?m)(?:(?:^|[^\\])(!?)\[(?:[^\]\\]|\\.)*\]\(\s*<?|^ {0,3}\[(?:[^\]\\]|\\.)+\]:\s*<?)([^\s)>]*)`)
	// checkedCodeSpan finds inline code, whose content Markdown shows as
	// text.
	checkedCodeSpan = regexp.MustCompile("`+([^`]+)`+")
	// checkedRawHTML finds raw HTML of unsafe elements, and autolinks.
	checkedRawHTML = regexp.MustCompile(`(?i)(?:^|[^\\])<(script|style|iframe|object|embed|form|svg|math|img|a\s|[a-z]+:)`)
)

// CheckMarkdown fails t when the Markdown output md holds a link or an
// image to a URL that runs a script, or raw HTML that would.
func CheckMarkdown(t testing.TB, md string) {
	t.Helper()
	md = fencedCode.ReplaceAllString(md, "")
	md = checkedCodeSpan.ReplaceAllString(md, "")
	for _, m := range checkedLinkTarget.FindAllStringSubmatch(md, -1) {
		scheme := dangerousScheme(html.UnescapeString(m[2]))
		if scheme != "" && !(scheme == "data:image" && m[1] == "!") {
			t.Errorf("Markdown output links to a %s URL: %.200q", scheme, m[0])
		}
	}
	for _, m := range checkedRawHTML.FindAllStringSubmatch(md, -1) {
		tag := strings.ToLower(m[1])
		if strings.HasSuffix(tag, ":") && (tag == "http:" || tag == "https:" || tag == "mailto:") {
			continue
		}
		t.Errorf("Markdown output has raw HTML or an autolink: %.200q", m[0])
	}
}
