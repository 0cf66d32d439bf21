package textpath

import (
	"slices"
	"strings"
	"testing"

	"github.com/artext/artext/boilerplate"
)

func TestLooksLikeCode(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"function greet(name) {", true},
		{"  return name;", true},
		{"}", true},
		{"console.log(greet(user))", true},
		{"// a comment", true},
		{"<script src=\"app.js\"></script>", true},
		{"SELECT avg(n)", true},
		{"   status_code,", true},
		{"   with_zscore", true},
		{"───┼────────────", true},
		{"12 │ t", true},
		{"$ go test ./...", true},
		{">>> lst = [1, 2, 3]", true},
		// Text.
		{"Comments (3)", false},
		{"Share on Twitter (opens in a new window)", false},
		{"The value we used is 10, which is small; we will change it later in this article.", false},
		{"  • News", false},
		{"│ Caster(s) │ Notes │", false},
		{"┌─────┬─────┐", false},
		{"       [imga129_thumb]Zum Vergrößern bitte anklicken", false},
		{"status_code", false}, // not indented: a word of the text
		{"Windows 7:", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := looksLikeCode(tt.line); got != tt.want {
			t.Errorf("looksLikeCode(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestMarkCode(t *testing.T) {
	text := strings.Join([]string{
		"Counting rows",
		"",
		"To count the rows of a table, ask the database with a query of its own, as this one does:",
		"",
		"SELECT",
		"   count(*)",
		"FROM",
		"   events;",
		"",
		" count",
		"───────",
		"    42",
		"",
		"The table holds 42 rows, which is what the application showed on its own page as well.",
		"",
		"Comments (3)",
		"Share (opens in a new window)",
		"Print",
	}, "\n")
	doc := Split(text, "")
	var kinds []boilerplate.Kind
	var code string
	for _, b := range doc.blocks {
		kinds = append(kinds, b.kind)
		if b.kind == boilerplate.Code {
			code = b.text
		}
	}
	want := []boilerplate.Kind{boilerplate.Line, boilerplate.Line, boilerplate.Code, boilerplate.Line, boilerplate.Line, boilerplate.Line, boilerplate.Line}
	if !slices.Equal(kinds, want) {
		t.Fatalf("kinds %v, want %v", kinds, want)
	}
	if wantCode := "SELECT\n   count(*)\nFROM\n   events;\n\n count\n───────\n    42"; code != wantCode {
		t.Errorf("code block %q, want %q", code, wantCode)
	}
}
