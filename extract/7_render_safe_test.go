package extract

import (
	"html"
	"regexp"
	"strings"
	"testing"

	nethtml "golang.org/x/net/html"
)

// checkSafeHTML fails t when the HTML output s holds an element or an
// attribute that could run a script, load a document or submit a form.
// It reads s as a browser does, independently of the sanitiser.
func checkSafeHTML(t testing.TB, s string) {
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

// checkSafeMarkdown fails t when the Markdown output md holds a link or an
// image to a URL that runs a script, or raw HTML that would.
func checkSafeMarkdown(t testing.TB, md string) {
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

func TestSanitizeTree(t *testing.T) {
	const page = `<div><p>A <a href="javascript:alert(1)">js link</a>, <a href=" JaVaScRiPt:alert(2)">spaced</a>,
<a href="java&#x09;script:alert(3)">tab</a>, <a href="javascript&colon;alert(4)">named entity</a>,
<a href="vbscript:msgbox">vb</a>, <a href="data:text/html,hi">data</a>, <a href="https://example.com/" onclick="x()">fine</a>,
<a href="/relative" style="color:red">relative</a>, <a href="mailto:a@example.com">mail</a>.</p>
<p onmouseover="alert(5)"><img src="data:text/html;base64,PHNjcmlwdD4=" alt="html"><img src="data:image/png;base64,AAAA" alt="png">
<img src="javascript:alert(6)" alt="js"><img src="a.png" srcset="b.png 2x, javascript:alert(7) 3x" alt="set"></p>
<iframe src="https://example.com/"></iframe><script>alert(8)</script><style>p{}</style>
<object data="x.swf">object text</object><embed src="e.swf"><noscript>no script</noscript>
<form action="/post">form text <input value="v"><button>Go</button><textarea>area</textarea></form>
<svg onload="alert(9)"><script>alert(10)</script><text>svg text</text></svg></div>`
	const wantHTML = `<div><p>A js link, spaced,
tab, named entity,
vb, data, <a href="https://example.com/">fine</a>,
<a href="/relative">relative</a>, <a href="mailto:a@example.com">mail</a>.</p>
<p><img alt="html"/><img src="data:image/png;base64,AAAA" alt="png"/>
<img alt="js"/><img src="a.png" alt="set"/></p>


form text 
svg text</div>`
	const wantMarkdown = `A js link, spaced, tab, named entity, vb, data, [fine](https://example.com/), [relative](/relative), [mail](mailto:a@example.com).

![png](data:image/png;base64,AAAA) ![set](a.png)

form text svg text`
	doc, err := nethtml.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	body := doc.FirstChild.LastChild
	sanitizeTree(body)
	gotHTML, err := renderHTML(body.FirstChild)
	if err != nil {
		t.Fatal(err)
	}
	if gotHTML != wantHTML {
		t.Errorf("HTML:\n%s\nwant:\n%s", gotHTML, wantHTML)
	}
	gotMarkdown, err := renderMarkdown(body.FirstChild, "")
	if err != nil {
		t.Fatal(err)
	}
	if gotMarkdown != wantMarkdown {
		t.Errorf("Markdown:\n%s\nwant:\n%s", gotMarkdown, wantMarkdown)
	}
	checkSafeHTML(t, gotHTML)
	checkSafeMarkdown(t, gotMarkdown)
}

func TestSafeURL(t *testing.T) {
	tests := []struct {
		url   string
		image bool
		want  bool
	}{
		{"https://example.com/a?b#c", false, true},
		{"HTTP://example.com/", false, true},
		{"//example.com/a", false, true},
		{"/a/b:c", false, true},
		{"page.html#x:y", false, true},
		{"?q=a:b", false, true},
		{"mailto:a@example.com", false, true},
		{"tel:+4912345", false, true},
		{"javascript:alert(1)", false, false},
		{" \x01JavaScript:alert(1)", false, false},
		{"java\tscr\nipt:alert(1)", false, false},
		{"vbscript:msgbox", false, false},
		{"file:///etc/passwd", false, false},
		{"data:image/png;base64,AAAA", true, true},
		{"data:image/png;base64,AAAA", false, false},
		{"data:image/svg+xml,<svg onload=alert(1)>", true, false},
		{"data:text/html,<script>", true, false},
	}
	for _, tt := range tests {
		if got := safeURL(tt.url, tt.image); got != tt.want {
			t.Errorf("safeURL(%q, image %v) = %v, want %v", tt.url, tt.image, got, tt.want)
		}
	}
}

func TestSafeMarkdown(t *testing.T) {
	tests := []struct{ in, want string }{
		{"A [link](https://example.com) and ![img](a.png).", "A [link](https://example.com) and ![img](a.png)."},
		{"A [js](javascript:alert(1)) link.", "A [js](#) link."},
		{"A [js](<javascript:alert(1)>) link.", "A [js](#) link."},
		{"A [js](&#106;avascript:alert(1)) link.", "A [js](#) link."},
		{"![x](data:text/html,hi) ![y](data:image/gif;base64,R0lG)", "![x](#) ![y](data:image/gif;base64,R0lG)"},
		{"[x](data:image/gif;base64,R0lG)", "[x](#)"},
		{"[ref]: javascript:alert(1)\n[a][ref]", "[ref]: #\n[a][ref]"},
		{"<script>alert(1)</script> and <img src=x onerror=alert(1)>", `\<script>alert(1)\</script> and \<img src=x onerror=alert(1)>`},
		{"<javascript:alert(1)> and <https://example.com/>", `\<javascript:alert(1)> and <https://example.com/>`},
		{"Escaped \\<b> and a < b.", "Escaped \\<b> and a < b."},
		{"Code `<script>` and `[x](javascript:y)` stays.", "Code `<script>` and `[x](javascript:y)` stays."},
		{"```html\n<script>alert(1)</script>\n```", "```html\n<script>alert(1)</script>\n```"},
	}
	for _, tt := range tests {
		got := safeMarkdown(tt.in)
		if got != tt.want {
			t.Errorf("safeMarkdown(%q)\n = %q\nwant %q", tt.in, got, tt.want)
		}
		checkSafeMarkdown(t, got)
	}
}

// failRecorder records whether a check failed, for tests of the checks.
type failRecorder struct {
	testing.TB
	failed bool
}

func (r *failRecorder) Helper()               {}
func (r *failRecorder) Errorf(string, ...any) { r.failed = true }

// TestChecksCatchUnsafeOutput makes sure that the checks the fuzzers rely
// on fail on unsafe output.
func TestChecksCatchUnsafeOutput(t *testing.T) {
	for _, md := range []string{
		"[x](javascript:alert(1))",
		"![x](data:text/html,hi)",
		"text [x]( <JavaScript:alert(1)>)",
		"[r]: vbscript:x",
		"<script>alert(1)</script>",
		"<javascript:alert(1)>",
		"a <img src=x onerror=alert(1)>",
	} {
		r := &failRecorder{TB: t}
		checkSafeMarkdown(r, md)
		if !r.failed {
			t.Errorf("checkSafeMarkdown passed %q", md)
		}
	}
	for _, h := range []string{
		"<p><script>alert(1)</script></p>",
		`<p onclick="alert(1)">x</p>`,
		`<a href=" javascript:alert(1)">x</a>`,
		`<img src="data:text/html,x">`,
		`<a href="data:image/png;base64,AAAA">x</a>`,
		`<form><p>x</p></form>`,
	} {
		r := &failRecorder{TB: t}
		checkSafeHTML(r, h)
		if !r.failed {
			t.Errorf("checkSafeHTML passed %q", h)
		}
	}
}
