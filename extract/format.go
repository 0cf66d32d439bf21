package extract

import (
	"fmt"
	"strings"
)

// Format is an output format of [Write].
type Format string

// The output formats.
const (
	FormatJSON     Format = "json"     // one indented JSON object
	FormatJSONL    Format = "jsonl"    // one compact JSON object on one line
	FormatMarkdown Format = "markdown" // YAML front matter, then the body in Markdown
	FormatText     Format = "text"     // the body as plain text
	FormatHTML     Format = "html"     // the body as sanitised HTML
)

// Formats returns the output formats in the order help texts show them.
func Formats() []Format {
	return []Format{FormatJSON, FormatJSONL, FormatMarkdown, FormatText, FormatHTML}
}

// ParseFormat returns the format named s, accepting "md" for Markdown and
// "txt" for text, in any case.
func ParseFormat(s string) (Format, error) {
	switch f := Format(strings.ToLower(strings.TrimSpace(s))); f {
	case FormatJSON, FormatJSONL, FormatMarkdown, FormatText, FormatHTML:
		return f, nil
	case "md":
		return FormatMarkdown, nil
	case "txt":
		return FormatText, nil
	}
	return "", fmt.Errorf("unknown format %q (want json, jsonl, markdown, text or html)", s)
}

// Extension returns the file name extension for the format, with its dot.
func (f Format) Extension() string {
	switch f {
	case FormatJSONL:
		return ".jsonl"
	case FormatMarkdown:
		return ".md"
	case FormatText:
		return ".txt"
	case FormatHTML:
		return ".html"
	}
	return ".json"
}
