package render

import (
	"testing"

	"github.com/artext/artext/boilerplate"
	"github.com/artext/artext/internal/document"
	"golang.org/x/net/html"
)

func block(kind boilerplate.Kind, text string) document.Block {
	return document.Block{Block: boilerplate.Block{Text: text, Kind: kind}}
}

// TestText joins blocks with a blank line, but the items of one list and
// the rows of a table.
func TestText(t *testing.T) {
	list1, list2 := &html.Node{}, &html.Node{}
	item := func(text string, list *html.Node) document.Block {
		b := block(boilerplate.ListItem, text)
		b.List = list
		return b
	}
	blocks := []document.Block{
		block(boilerplate.Heading, "Title"),
		block(boilerplate.Paragraph, "First."),
		item("one", list1), item("two", list1), item("three", list2),
		block(boilerplate.TableCell, "a | b"), block(boilerplate.TableCell, "c | d"),
		item("of a text", nil), item("with no lists", nil),
	}
	want := "Title\n\nFirst.\n\none\ntwo\n\nthree\n\na | b\nc | d\n\nof a text\nwith no lists"
	if got := Text(blocks); got != want {
		t.Errorf("Text = %q\nwant %q", got, want)
	}
}

// TestFromBlocks renders the blocks of a text as Markdown and HTML.
func TestFromBlocks(t *testing.T) {
	heading := block(boilerplate.Heading, "A *title*")
	heading.Level = 1
	numbered := block(boilerplate.ListItem, "first")
	numbered.Ordered = true
	numbered2 := block(boilerplate.ListItem, "second")
	numbered2.Ordered = true
	fromMarkdown := block(boilerplate.Paragraph, "a link")
	fromMarkdown.Markdown = "a [link](javascript:alert(1))"
	blocks := []document.Block{
		heading, block(boilerplate.Paragraph, "Text & <more>\nnext line"), numbered, numbered2,
		block(boilerplate.Code, "x := 1"), block(boilerplate.Quote, "quoted"), fromMarkdown,
	}
	wantMarkdown := "## A \\*title\\*\n\nText & \\<more>\nnext line\n\n1. first\n2. second\n\n```\nx := 1\n```\n\n> quoted\n\na [link](#)"
	if got := MarkdownFromBlocks(blocks); got != wantMarkdown {
		t.Errorf("Markdown = %q\nwant %q", got, wantMarkdown)
	}
	wantHTML := "<h2>A *title*</h2>\n<p>Text &amp; &lt;more&gt;<br>next line</p>\n<ol><li>first</li>\n<li>second</li></ol>\n" +
		"<pre><code>x := 1</code></pre>\n<blockquote><p>quoted</p></blockquote>\n<p>a link</p>"
	if got := HTMLFromBlocks(blocks); got != wantHTML {
		t.Errorf("HTML = %q\nwant %q", got, wantHTML)
	}
}
