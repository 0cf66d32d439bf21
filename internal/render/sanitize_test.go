package render

import (
	"strings"
	"testing"

	"github.com/artext/artext/internal/safetest"
	nethtml "golang.org/x/net/html"
)

func TestSanitize(t *testing.T) {
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
	Sanitize(body)
	gotHTML, err := HTMLFromTree(body.FirstChild)
	if err != nil {
		t.Fatal(err)
	}
	if gotHTML != wantHTML {
		t.Errorf("HTML:\n%s\nwant:\n%s", gotHTML, wantHTML)
	}
	gotMarkdown, err := MarkdownFromTree(body.FirstChild, "")
	if err != nil {
		t.Fatal(err)
	}
	if gotMarkdown != wantMarkdown {
		t.Errorf("Markdown:\n%s\nwant:\n%s", gotMarkdown, wantMarkdown)
	}
	safetest.CheckHTML(t, gotHTML)
	safetest.CheckMarkdown(t, gotMarkdown)
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
		safetest.CheckMarkdown(t, got)
	}
}
