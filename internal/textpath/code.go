package textpath

import (
	"strings"
	"unicode/utf8"

	"github.com/artext/artext/boilerplate"
)

// minCodeLines is the number of lines that look like code from which a
// run of lines is taken for a block of code: one line ending with a
// parenthesis or a semicolon is as often a label or a menu's entry.
const minCodeLines = 3

// maxCodeLine is the longest line, in bytes, taken for a line of code: a
// longer one is text, or a minified script that no reader wants.
const maxCodeLine = 400

// codeRuns returns the runs of lines, [start, end) each, that hold code
// or a table drawn with box characters, as a page's text copy shows the
// <pre> blocks of technical articles: at least minCodeLines lines that
// look like code (see looksLikeCode), with blank lines and short lines
// (a query's keyword, an output's header, a number) between them or right
// above them, and at least two thirds of the run's lines looking like
// code.
func codeRuns(lines []string) [][2]int {
	var runs [][2]int
	for i := 0; i < len(lines); {
		if !looksLikeCode(lines[i]) {
			i++
			continue
		}
		start := i
		for start > 0 && isShortLine(lines[start-1]) {
			start-- // "SELECT" above "  count(*)"
		}
		end, code, other, pending := i+1, 1, i-start, 0
	run:
		for j := i + 1; j < len(lines); j++ {
			switch {
			case looksLikeCode(lines[j]):
				code++
				other += pending
				pending = 0
				end = j + 1
			case strings.TrimSpace(lines[j]) == "":
			case isShortLine(lines[j]):
				pending++ // inside the run only when code follows
			default:
				break run
			}
		}
		if code >= minCodeLines && 3*code >= 2*(code+other) {
			for end < len(lines) && isShortLine(lines[end]) && strings.HasPrefix(lines[end], "  ") {
				end++ // an output's last value, "    42", under its frame
			}
			runs = append(runs, [2]int{start, end})
		}
		i = end
	}
	return runs
}

// isShortLine reports whether line is a short line of up to four words
// that may stand in a block of code, as a keyword or a value does: not
// blank, not a list item, not a sentence.
func isShortLine(line string) bool {
	t := strings.TrimSpace(line)
	if t == "" || len(t) > maxCodeLine || listMarker.MatchString(t) || strings.HasSuffix(t, ".") {
		return false
	}
	return len(strings.Fields(t)) <= 4
}

// looksLikeCode reports whether a line looks like a line of a program, a
// query, a markup or a drawn table rather than of text: it ends with one of
// { } ; or with a call's closing parenthesis, starts with a closing
// bracket, a comment, a tag, a prompt or a query's keyword, is an
// indented line of a few words that ends with a comma or a snake_case
// identifier alone, or draws a table without starting with its frame (a
// query's output; the tables of a page start with their frame). A line
// that ends like a long sentence, or a list item, is text.
func looksLikeCode(line string) bool {
	t := strings.TrimSpace(line)
	if t == "" || len(t) > maxCodeLine || listMarker.MatchString(t) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(t); strings.ContainsAny(t, "│─┼") && !strings.ContainsRune("│┌├└", r) {
		return true // a query's output; a table of the page starts with its frame
	}
	fields := strings.Fields(t)
	last, _ := utf8.DecodeLastRuneInString(t)
	if len(fields) >= 12 && (last == '.' || last == '!' || last == '?') {
		return false
	}
	switch last {
	case '{', '}', ';':
		return true
	case ')':
		// A call, "foo(bar)", not an aside, "Comments (3)".
		if open := strings.LastIndexByte(t, '('); open > 0 && t[open-1] != ' ' {
			return true
		}
	}
	for _, prefix := range codeStarts {
		if strings.HasPrefix(t, prefix) {
			return true
		}
	}
	if sqlKeywords[fields[0]] {
		return true
	}
	if len(t) > 1 && t[0] == '<' && (t[1] == '/' || t[1] == '!' || t[1] >= 'a' && t[1] <= 'z') {
		return true // a tag
	}
	if !strings.HasPrefix(line, "  ") {
		return false
	}
	return last == ',' && len(fields) <= 8 || len(fields) == 1 && isSnakeCase(strings.TrimSuffix(t, ","))
}

// isSnakeCase reports whether s is an identifier written with an
// underscore: "status_code".
func isSnakeCase(s string) bool {
	if !strings.Contains(s, "_") {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// sqlKeywords are the keywords that start the lines of a query, in the
// capitals queries are written in.
var sqlKeywords = map[string]bool{
	"SELECT": true, "FROM": true, "WHERE": true, "WITH": true, "JOIN": true, "LEFT": true, "INNER": true,
	"GROUP": true, "ORDER": true, "LIMIT": true, "HAVING": true, "UNION": true, "WINDOW": true,
	"INSERT": true, "UPDATE": true, "DELETE": true, "CREATE": true, "VALUES": true, "SET": true,
}

// codeStarts are the starts of lines of code that end with no telling
// character.
var codeStarts = []string{"}", ")", "]", "//", "/*", "*/", "#!", "#include", "$ ", ">>> ", "import ", "return ", "def ", "func "}

// markCode replaces the blocks that start on the lines of a run of code
// by one block of code that holds the run's lines as they stand, less the
// indentation they share.
func markCode(blocks []inputBlock, lines []string) []inputBlock {
	runs := codeRuns(lines)
	if len(runs) == 0 {
		return blocks
	}
	out := blocks[:0:0]
	r := 0
	for i := 0; i < len(blocks); {
		for r < len(runs) && runs[r][1] <= blocks[i].line {
			r++
		}
		if r == len(runs) || blocks[i].line < runs[r][0] {
			out = append(out, blocks[i])
			i++
			continue
		}
		code := inputBlock{kind: boilerplate.Code, line: runs[r][0], end: runs[r][1], text: dedent(lines[runs[r][0]:runs[r][1]]), blankBefore: blocks[i].blankBefore}
		for i < len(blocks) && blocks[i].line < runs[r][1] {
			i++
		}
		out = append(out, code)
		r++
	}
	return out
}

// dedent joins lines with the indentation they all share removed.
func dedent(lines []string) string {
	indent := -1
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		n := len(l) - len(strings.TrimLeft(l, " "))
		if indent < 0 || n < indent {
			indent = n
		}
	}
	out := make([]string, len(lines))
	for i, l := range lines {
		if len(l) >= indent && indent > 0 {
			l = l[indent:]
		}
		out[i] = l
	}
	return strings.Join(out, "\n")
}
