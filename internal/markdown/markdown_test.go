package markdown

import (
	"slices"
	"strings"
	"testing"

	"github.com/artext/artext/boilerplate"
	"github.com/artext/artext/internal/textutil"
)

// TestSplit reads Markdown's headings, lists, quotations and code, and
// keeps each block's Markdown and lines.
func TestSplit(t *testing.T) {
	in := "Title\n=====\n\nSome *text* with a [link](https://example.com) and ![an image](a.png).\n\n" +
		"Part two\n--------\n\n### Third level ###\n\n- one\n- two\n\n> quoted\n> text\n\n```go\nx := 1\n```\n"
	lines := textutil.Lines(in)
	if !Detect(lines) {
		t.Fatal("Detect = false")
	}
	type block struct {
		text       string
		kind       boilerplate.Kind
		level      int
		start, end int
	}
	var got []block
	for _, b := range Split(lines) {
		got = append(got, block{b.Text, b.Kind, b.Level, b.Start, b.End})
	}
	want := []block{
		{"Title", boilerplate.Heading, 1, 0, 2},
		{"Some text with a link and .", boilerplate.Paragraph, 0, 3, 4},
		{"Part two", boilerplate.Heading, 2, 5, 7},
		{"Third level", boilerplate.Heading, 3, 8, 9},
		{"one", boilerplate.ListItem, 0, 10, 11},
		{"two", boilerplate.ListItem, 0, 11, 12},
		{"quoted text", boilerplate.Quote, 0, 13, 15},
		{"x := 1", boilerplate.Code, 0, 16, 19},
	}
	if !slices.Equal(got, want) {
		t.Errorf("blocks = %v\nwant %v", got, want)
	}
	if Detect(textutil.Lines("Plain text.\n\nWith two paragraphs and a - dash.")) {
		t.Error("plain text taken for Markdown")
	}
}

// TestSplitTable reads a table a row to a line, its cells parted by " | ".
func TestSplitTable(t *testing.T) {
	blocks := Split(textutil.Lines("| Name | Age |\n|------|----:|\n| *Anna* | 34 |\n"))
	if len(blocks) != 1 || blocks[0].Kind != boilerplate.TableCell || blocks[0].Text != "Name | Age\nAnna | 34" {
		t.Errorf("blocks = %+v", blocks)
	}
}

func TestStripInline(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a [link](https://x.org \"t\") and ![img](a.png)", "a link and"},
		{"[ref link][r] and <https://example.com>", "ref link and https://example.com"},
		{"**bold**, _em_ and `code`", "bold, em and code"},
		{`escaped \[bracket\] and \# hash`, "escaped [bracket] and # hash"},
		{"  spaced   out  ", "spaced out"},
	}
	for _, tt := range tests {
		if got := stripInline(tt.in); got != tt.want {
			t.Errorf("stripInline(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestEscape escapes what Markdown would read as markup.
func TestEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Plain text.", "Plain text."},
		{"# not a heading", `\# not a heading`},
		{"1. not a list", `1\. not a list`},
		{"- not an item", `\- not an item`},
		{"a *star* and [brackets] and <tag>", `a \*star\* and \[brackets\] and \<tag>`},
		{"snake_case", `snake\_case`},
		// Every line is looked at, and a blank line before a marker is no
		// part of it (no backslash before a line break).
		{"first line\n\n# second\n  2) third", "first line\n\n\\# second\n  2\\) third"},
		{"\t> quoted", "\t\\> quoted"},
		{strings.Repeat("long ", 100) + "\n- item", strings.Repeat("long ", 100) + "\n\\- item"},
	}
	for _, tt := range tests {
		if got := Escape(tt.in); got != tt.want {
			t.Errorf("Escape(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
