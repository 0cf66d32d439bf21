package siteconfig_test

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/artext/artext/internal/siteconfig"
	"golang.org/x/net/html"
)

func parseHTML(t testing.TB, name string) *html.Node {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(strings.NewReader(string(data)))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func TestParse(t *testing.T) {
	d, err := siteconfig.Open("testdata/configs")
	if err != nil {
		t.Fatal(err)
	}
	c, err := d.Lookup("news.example.com")
	if err != nil || c == nil {
		t.Fatalf("Lookup: %v, %v", c, err)
	}
	exprs := func(es []*siteconfig.Expr) string {
		var out []string
		for _, e := range es {
			out = append(out, fmt.Sprintf("%d:%s", e.Line, e.Text))
		}
		return strings.Join(out, " ")
	}
	for _, tt := range []struct{ what, got, want string }{
		{"title", exprs(c.Title), "2://h1[@class='headline']"},
		{"author", exprs(c.Author), "4://span[@itemprop='author'] 5://p[@class='byline']/a[@rel='author']"},
		{"date", exprs(c.Date), "6://time/@datetime"},
		{"body", exprs(c.Body), "7://div[@class='story-body']"},
		{"strip", exprs(c.Strip), "8://div[contains(@class, 'newsletter')] 9://p[@class='byline']"},
		{"strip_id_or_class", strings.Join(c.StripIDOrClass, " "), "related"},
		{"strip_image_src", strings.Join(c.StripImageSrc, " "), "tracker.gif"},
		{"prune", fmt.Sprint(c.Prune), "false"},
		{"autodetect_on_failure", fmt.Sprint(c.AutodetectOnFailure), "true"},
		{"replace", fmt.Sprint(c.Replace), "[{<br><br> </p><p> 14} {Sponsored Advertisement 16}]"},
		{"tests", fmt.Sprint(c.Tests), "[{https://news.example.com/2024/03/harbour [The plan was agreed on Monday] 17}]"},
		{"ignored", fmt.Sprint(c.Ignored), "[{tidy no 13}]"},
		{"unknown", fmt.Sprint(c.Unknown), "[{frobnicate yes 19}]"},
		{"problems", fmt.Sprint(c.Problems), `[news.example.com.txt:20: invalid XPath "//div[": expression must evaluate to a node-set news.example.com.txt:21: prune must be yes or no, not "perhaps"]`},
	} {
		if tt.got != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.what, tt.got, tt.want)
		}
	}
	if got := string(c.ReplaceIn([]byte("<p>a<br><br>b Sponsored</p>"))); got != "<p>a</p><p>b Advertisement</p>" {
		t.Errorf("ReplaceIn: %s", got)
	}
}

func TestLookup(t *testing.T) {
	d, err := siteconfig.Open("testdata/configs")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ host, want string }{
		{"news.example.com", "news.example.com.txt"},
		{"WWW.News.Example.com:443", "news.example.com.txt"},
		{"news.example.com.", "news.example.com.txt"},
		{"example.com", ""},
		{"a.news.example.com", ""}, // no .news.example.com.txt
		{"example.org", "example.org.txt"},
		{"www.example.org", "example.org.txt"},
		{"blog.example.org", ".example.org.txt"},
		{"a.blog.example.org", ""}, // one level up only: .blog.example.org.txt
		{"", ""},
		{"../configs/news.example.com", ""},
	} {
		c, err := d.Lookup(tt.host)
		if err != nil {
			t.Fatalf("%s: %v", tt.host, err)
		}
		got := ""
		if c != nil {
			got = c.File
		}
		if got != tt.want {
			t.Errorf("Lookup(%q) = %q, want %q", tt.host, got, tt.want)
		}
	}
	if _, err := siteconfig.Open("testdata/story.html"); err == nil {
		t.Error("Open of a file: no error")
	}
}

func TestApplyInPlace(t *testing.T) {
	d, _ := siteconfig.Open("testdata/configs")
	c, _ := d.Lookup("news.example.com")
	doc := parseHTML(t, "testdata/story.html")
	r := c.ApplyInPlace(doc)
	if len(r.Errors) > 0 {
		t.Fatal(r.Errors)
	}
	var authors []string
	for _, a := range r.Authors {
		authors = append(authors, fmt.Sprintf("%s (line %d)", a.Value, a.From.Line))
	}
	var stripped []string
	for _, s := range r.Stripped {
		stripped = append(stripped, fmt.Sprintf("%s %s: %s", s.Directive, s.Rule, s.Path))
	}
	var body strings.Builder
	for _, n := range r.Body {
		html.Render(&body, n)
	}
	for _, tt := range []struct{ what, got, want string }{
		{"title", r.Title.Value, "Harbour plan agreed"},
		{"authors", strings.Join(authors, ", "), "Ann Lee (line 5), Bo Chen (line 5)"},
		{"date", r.Date.Value, "2024-03-01T10:00:00Z"},
		{"stripped", strings.Join(stripped, "\n"), strings.Join([]string{
			"strip_image_src tracker.gif: html > body > div > img:nth-of-type(2)",
			"strip //div[contains(@class, 'newsletter')]: html > body > div > div",
			"strip //p[@class='byline']: html > body > p",
			"strip_id_or_class related: html > body > div > aside",
		}, "\n")},
		{"body", strings.Join(strings.Fields(body.String()), " "), `<div class="story-body"> <p>The plan was agreed on Monday.</p> <img src="/photos/harbour.jpg" alt="The harbour"/> <p>Work starts next spring.</p> </div>`},
		{"body from", r.BodyFrom.Text, "//div[@class='story-body']"},
	} {
		if tt.got != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.what, tt.got, tt.want)
		}
	}
}

// TestApplyUnion: a body expression that selects several elements gives
// the outermost ones in document order; a string expression gives a title.
func TestApplyUnion(t *testing.T) {
	d, _ := siteconfig.Open("testdata/configs")
	doc := parseHTML(t, "testdata/subdomain.html")
	c, _ := d.Lookup("blog.example.org")
	r := c.ApplyInPlace(doc)
	var got []string
	for _, n := range r.Body {
		got = append(got, strings.Join(strings.Fields(textOf(n)), " "))
	}
	if strings.Join(got, " | ") != "Second part. | First part. Nested." {
		t.Errorf("body: %q", got)
	}
	c, _ = d.Lookup("example.org")
	if r := c.ApplyInPlace(doc); r.Title.Value != "A story on a subdomain" || r.Body != nil {
		t.Errorf("title: %q, body %v", r.Title.Value, r.Body)
	}
}

func textOf(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(textOf(c) + " ")
	}
	return b.String()
}

// TestHostileXPath: expressions that would walk the document too long
// stop with ErrTooCostly; too long or too nested ones are refused; a type
// error of the XPath library is an error, not a panic.
func TestHostileXPath(t *testing.T) {
	var page strings.Builder

	page.WriteString("<body>")
	page.WriteString(strings.Repeat("<div>", 400))
	page.WriteString(strings.Repeat("<p>text</p>", 2000))
	doc, err := html.Parse(strings.NewReader(page.String()))
	if err != nil {
		t.Fatal(err)
	}
	file := strings.Join([]string{
		"body: //*//*//*//*[. = 'x']",
		"body: count(//*[count(preceding::*) > count(following::*)])",
		"body: " + strings.Repeat("(", 40) + "//p" + strings.Repeat(")", 40),
		"body: //p[" + strings.Repeat("a or ", 500) + "b]",
		"body: sum('text')",
	}, "\n")
	c, err := siteconfig.Parse("hostile.txt", []byte(file))
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Problems) != 2 || !strings.Contains(c.Problems[0].Error(), "nest 40 deep") || !strings.Contains(c.Problems[1].Error(), "longer than the 2048 allowed") {
		t.Errorf("problems: %v", c.Problems)
	}
	r := c.ApplyInPlace(doc)
	if len(r.Errors) != 3 || !errors.Is(r.Errors[0], siteconfig.ErrTooCostly) || !errors.Is(r.Errors[1], siteconfig.ErrTooCostly) {
		t.Errorf("errors: %v", r.Errors)
	}
	if len(r.Errors) == 3 && !strings.Contains(r.Errors[2].Error(), "hostile.txt:5") {
		t.Errorf("the type error: %v", r.Errors[2])
	}
}
