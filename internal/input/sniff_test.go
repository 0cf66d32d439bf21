package input

import (
	"strings"
	"testing"
)

// TestSniffFormat decides the format of inputs from their content.
func TestSniffFormat(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"doctype", "<!DOCTYPE html><title>x</title><p>Hello", true},
		{"doctype-lower-after-space", "\n  <!doctype html>\n<html><body>Hi</body></html>", true},
		{"html-tag", "<html lang=en><body><p>Hello</p></body></html>", true},
		{"xml-prolog-and-comment", "<?xml version=\"1.0\"?>\n<!-- saved -->\n<html><body>x</body></html>", true},
		{"bom-then-head", "\ufeff<head><meta charset=utf-8></head>", true},
		{"fragment-dense-tags", "<div><p>One paragraph.</p>\n<p>Another <b>one</b>.</p>\n<ul><li>a</li></ul></div>", true},
		{"plain-prose", "Sir Keir Starmer has hailed real progress.\n\nThe prime minister said the meeting marked a step.", false},
		{"quotes-a-tag", "To start a paragraph, write <p> before it.\nThat is all there is to it.\nSee also the manual, chapter two, which is long.", false},
		{"w3m-form", "Name [          ]\n[ ] Remember me\n[Submit]\n\nSome text of the page follows here.", false},
		{"markdown", "# A title\n\nSome *text* with a [link](https://example.com).\n\n## Part\n\n- one\n- two", false},
		{"markdown-inline-html", "# Notes\n\nA line<br>\nanother<br>\n<img src=a.png>\nand text that goes on for a while to make a document of it.", false},
		{"text-with-noscript-html", "Yahoo! News\n\n  • Home\n  • Sports\n\nJavaScript is off.\n\n" +
			`<div style="position:absolute;"><img width=1 height=1 alt="" src="http://b.example.com/b?P=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"></div>` +
			"\n\nThe article starts here and goes on for a while.\n\nA second paragraph of the article.\n", false},
		{"response-with-its-header", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<!DOCTYPE html>\n<html><head><title>x</title>\n<script>\n" +
			strings.Repeat("var a = 1;\n", 50) + "</script></head><body><p>Hi</p></body></html>", true},
		{"unindented-html-after-text", "Saved page\n<div>\n<p>One</p>\n<p>Two</p>\n<p>Three</p>\n</div>", true},
		{"empty", "", false},
		{"spaces", "   \n\n  ", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := SniffHTML([]byte(tt.in)); got != tt.want {
				t.Errorf("SniffHTML(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

// TestSniffFormatLooksAtTheStartOnly does not read past the first 16 KiB:
// tags further down do not make a text HTML.
func TestSniffFormatLooksAtTheStartOnly(t *testing.T) {
	text := strings.Repeat("A line of plain prose, long enough to count.\n", 500) + strings.Repeat("<p>x</p>", 1000)
	if SniffHTML([]byte(text)) {
		t.Error("SniffHTML = true, want text")
	}
}

// TestServedAsHTML checks that HTML's media types are told from others.
func TestServedAsHTML(t *testing.T) {
	for ct, want := range map[string]bool{
		"text/html":                      true,
		"Text/HTML; charset=ISO-8859-1":  true,
		"application/xhtml+xml":          true,
		"text/plain":                     false,
		"":                               false,
		"application/json; charset=utf8": false,
	} {
		if got := ServedAsHTML(ct); got != want {
			t.Errorf("ServedAsHTML(%q) = %v, want %v", ct, got, want)
		}
	}
}
