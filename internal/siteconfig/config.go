package siteconfig

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

// Config is the content of one site config file.
type Config struct {
	// File is the file's name, as given to Parse.
	File string

	// Title, Author, Date and Body give the article's fields and content;
	// Strip the elements to remove. See the package documentation.
	Title, Author, Date, Body, Strip []*Expr
	// StripIDOrClass and StripImageSrc are the texts of strip_id_or_class
	// and strip_image_src.
	StripIDOrClass, StripImageSrc []string

	// Prune and AutodetectOnFailure are the values of prune and
	// autodetect_on_failure: true when the file does not say.
	Prune, AutodetectOnFailure bool

	// Replace lists the replacements to make in the page's HTML before it
	// is parsed, in order.
	Replace []Replacement
	// Tests are the file's test_url lines, each with its test_contains.
	Tests []Test

	// Ignored lists the directives that the format defines and that are
	// not acted on (see the package documentation); Unknown those the
	// format does not define, as far as this package knows.
	Ignored, Unknown []Directive
	// Problems lists the lines that could not be used: an XPath that does
	// not compile or exceeds the limits, a yes or no that is neither, a
	// find_string without its replace_string. The rest of the file is.
	Problems []error
}

// Replacement is a replacement of text in a page's HTML.
type Replacement struct {
	Find, Replace string
	Line          int
}

// Test is a page the file is meant for, and texts its article contains.
type Test struct {
	URL      string
	Contains []string
	Line     int
}

// Directive is a line of a file: its directive (with the argument in
// parentheses, if any), its value and its line number.
type Directive struct {
	Name, Value string
	Line        int
}

// ignored are the directives that the format defines and artext does not
// act on.
var ignored = map[string]bool{
	"tidy": true, "parser": true, "single_page_link": true, "next_page_link": true, "http_header": true, "login_uri": true, "login_username_field": true,
	"login_password_field": true, "login_extra_fields": true, "not_logged_in_xpath": true,
	"requires_login": true, "native_ad_clue": true, "src_lazy_load_attr": true, "skip_json_ld": true,
	"insert_detected_image": true, "wrap_in": true, "move_into": true, "strip_attr": true,
	"if_page_contains": true,
}

// Parse reads a site config file named name (the name is used in
// errors). It fails only on a line longer than 64 KiB; the lines it
// cannot use are listed in Config.Problems. It costs time in proportion
// to the file's length, and a compilation of each XPath.
func Parse(name string, data []byte) (*Config, error) {
	c := &Config{File: name, Prune: true, AutodetectOnFailure: true}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 64*1024)
	var find *Replacement // a find_string waiting for its replace_string
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if line == 1 {
			text = strings.TrimPrefix(text, "\uFEFF")
		}
		if text == "" || text[0] == '#' {
			continue
		}
		key, value, ok := strings.Cut(text, ":")
		if !ok {
			c.problem(line, "a line must be directive: value")
			continue
		}
		key, value = strings.ToLower(strings.TrimSpace(key)), strings.TrimSpace(value)
		base, arg, hasArg := strings.Cut(key, "(")
		if hasArg {
			// replace_string(FIND): the argument keeps its case.
			raw, _, _ := strings.Cut(text, ":")
			_, rawArg, _ := strings.Cut(raw, "(")
			arg = strings.TrimSuffix(strings.TrimSpace(rawArg), ")")
		}
		switch base {
		case "title", "author", "date", "body", "strip":
			e, err := compileExpr(value)
			if value == "" {
				err = fmt.Errorf("no expression")
			}
			if err != nil {
				c.problem(line, "invalid XPath %s: %v", quote(value), err)
				continue
			}
			x := &Expr{Text: value, File: c.File, Line: line, compiled: e}
			switch base {
			case "title":
				c.Title = append(c.Title, x)
			case "author":
				c.Author = append(c.Author, x)
			case "date":
				c.Date = append(c.Date, x)
			case "body":
				c.Body = append(c.Body, x)
			default:
				c.Strip = append(c.Strip, x)
			}
		case "strip_id_or_class", "strip_image_src":
			value = strings.Trim(value, `"'`)
			if value == "" {
				c.problem(line, "%s needs a text", base)
				continue
			}
			if base == "strip_image_src" {
				c.StripImageSrc = append(c.StripImageSrc, value)
			} else {
				c.StripIDOrClass = append(c.StripIDOrClass, value)
			}
		case "prune", "autodetect_on_failure":
			b, ok := yesNo(value)
			if !ok {
				c.problem(line, "%s must be yes or no, not %q", base, value)
				continue
			}
			if base == "prune" {
				c.Prune = b
			} else {
				c.AutodetectOnFailure = b
			}
		case "find_string":
			find = &Replacement{Find: value, Line: line}
		case "replace_string":
			switch {
			case hasArg:
				c.Replace = append(c.Replace, Replacement{Find: arg, Replace: value, Line: line})
			case find != nil:
				find.Replace = value
				c.Replace = append(c.Replace, *find)
				find = nil
			default:
				c.problem(line, "replace_string without find_string before it")
			}
		case "test_url":
			c.Tests = append(c.Tests, Test{URL: value, Line: line})
		case "test_contains":
			if len(c.Tests) == 0 {
				c.problem(line, "test_contains without test_url before it")
				continue
			}
			t := &c.Tests[len(c.Tests)-1]
			t.Contains = append(t.Contains, value)
		default:
			d := Directive{Name: key, Value: value, Line: line}
			if ignored[base] {
				c.Ignored = append(c.Ignored, d)
			} else {
				c.Unknown = append(c.Unknown, d)
			}
		}
	}
	if find != nil {
		c.problem(find.Line, "find_string without replace_string after it")
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, line+1, err)
	}
	return c, nil
}

func (c *Config) problem(line int, format string, args ...any) {
	c.Problems = append(c.Problems, fmt.Errorf("%s:%d: %s", c.File, line, fmt.Sprintf(format, args...)))
}

func yesNo(s string) (value, ok bool) {
	switch strings.ToLower(s) {
	case "yes", "true", "1":
		return true, true
	case "no", "false", "0":
		return false, true
	}
	return false, false
}

// ReplaceIn returns html with the file's replacements made, in order. It
// returns html itself when the file has none.
func (c *Config) ReplaceIn(html []byte) []byte {
	for _, r := range c.Replace {
		html = bytes.ReplaceAll(html, []byte(r.Find), []byte(r.Replace))
	}
	return html
}
