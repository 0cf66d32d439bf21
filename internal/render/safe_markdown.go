package render

import (
	"html"
	"regexp"
	"strings"

	"github.com/artext/artext/internal/markdown"
)

var (
	// markdownLinkTarget finds the target of an inline link or image:
	// "](url" or "](<url>", with its opening parenthesis. A URL may hold
	// balanced parentheses.
	markdownLinkTarget = regexp.MustCompile(`\]\(\s*(<[^>\n]*>|(?:[^\s()]|\([^\s()]*\))*)`)
	// markdownReference finds a link reference definition: "[ref]: url".
	markdownReference = regexp.MustCompile(`(?m)^ {0,3}\[[^\]\n]+\]:[ \t]*(<[^>\n]*>|\S+)`)
	// markdownRawHTML finds what Markdown reads as raw HTML or an autolink:
	// a < followed by a letter, /, ! or ?, unless it is escaped.
	markdownRawHTML = regexp.MustCompile(`(^|[^\\])<([A-Za-z/!?])`)
	// markdownSafeAutolink finds an autolink that is safe as it is.
	markdownSafeAutolink = regexp.MustCompile(`^<(?i:https?|mailto):[^<>\s]*>`)
)

// safeMarkdown returns md, Markdown taken from an input, made safe to
// render: link and image targets of an unsafe scheme (see [safeURL]) are
// replaced by "#", and raw HTML and autolinks other than http, https and
// mailto are escaped, so that they show as text. Code blocks and code
// spans are left as they are: Markdown shows their content as text.
func safeMarkdown(md string) string {
	if strings.HasPrefix(strings.TrimLeft(md, " "), "```") || strings.HasPrefix(strings.TrimLeft(md, " "), "~~~") {
		return md
	}
	if !strings.ContainsAny(md, "<:") {
		return md
	}
	var sb strings.Builder
	rest := md
	for {
		loc := markdown.CodeSpanIndex(rest)
		if loc == nil {
			sb.WriteString(safeMarkdownText(rest))
			return sb.String()
		}
		sb.WriteString(safeMarkdownText(rest[:loc[0]]))
		sb.WriteString(rest[loc[0]:loc[1]])
		rest = rest[loc[1]:]
	}
}

// safeMarkdownText is safeMarkdown for Markdown without code.
func safeMarkdownText(md string) string {
	md = replaceUnsafeTargets(md, markdownLinkTarget, true)
	md = replaceUnsafeTargets(md, markdownReference, false)
	return escapeRawHTML(md)
}

// escapeRawHTML escapes the < of raw HTML and of unsafe autolinks in md.
func escapeRawHTML(md string) string {
	matches := markdownRawHTML.FindAllStringSubmatchIndex(md, -1)
	if matches == nil {
		return md
	}
	var sb strings.Builder
	last := 0
	for _, m := range matches {
		lt := m[3] // the < follows the first group
		if markdownSafeAutolink.MatchString(md[lt:]) {
			continue
		}
		sb.WriteString(md[last:lt])
		sb.WriteString(`\`)
		last = lt
	}
	sb.WriteString(md[last:])
	return sb.String()
}

// replaceUnsafeTargets replaces the unsafe URLs that the first group of re
// finds in md by "#". image says whether a target may be an image's.
func replaceUnsafeTargets(md string, re *regexp.Regexp, image bool) string {
	matches := re.FindAllStringSubmatchIndex(md, -1)
	if matches == nil {
		return md
	}
	var sb strings.Builder
	last := 0
	for _, m := range matches {
		start, end := m[2], m[3]
		target := strings.TrimSuffix(strings.TrimPrefix(md[start:end], "<"), ">")
		isImage := image && isImageTarget(md, m[0])
		if safeURL(html.UnescapeString(target), isImage) {
			continue
		}
		sb.WriteString(md[last:start])
		sb.WriteString("#")
		last = end
	}
	sb.WriteString(md[last:])
	return sb.String()
}

// isImageTarget reports whether the link whose "](" stands at i in md is
// an image: "![alt](src)".
func isImageTarget(md string, i int) bool {
	open := strings.LastIndex(md[:i], "[")
	return open > 0 && md[open-1] == '!'
}
