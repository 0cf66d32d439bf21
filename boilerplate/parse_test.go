package boilerplate_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/artext/artext/boilerplate"
)

// TestParseErrors: each defect of a rule file is reported with its line,
// and all of a file's defects at once, in the order of the file.
func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		yaml string
		want []string // the errors, as file:line: message
	}{
		{"yaml syntax", "rules:\n  - id: a\n   phrase: x\n", []string{"test.yaml:1: yaml: line 1: "}},
		{"rules not a list", "rules: {id: a}\n", []string{"test.yaml:1: rules must be a list"}},
		{"rule not a mapping", "rules:\n  - just text\n", []string{"test.yaml:2: a rule must be a mapping"}},
		{"unknown file key", "categories: x\nrules: []\n", []string{`test.yaml:1: unknown key "categories" in rule file`}},
		{"not a mapping", "- id: a\n", []string{"test.yaml:1: a rule file must be a mapping"}},
		{"unknown rule key", "category: x\nrules:\n  - id: a\n    phrase: x\n    colour: red\n", []string{`test.yaml:5: unknown key "colour" in rule`}},
		{"no id", "category: x\nrules:\n  - phrase: x\n", []string{"test.yaml:3: rule has no id"}},
		{"no category", "rules:\n  - id: a\n    phrase: x\n", []string{"test.yaml:2: rule a has no category"}},
		{"two matchers", "category: x\nrules:\n  - id: a\n    phrase: x\n    prefix: y\n", []string{"test.yaml:3: rule a: want exactly one of phrase, contains, prefix and regexp, have 2"}},
		{"no matcher", "category: x\nrules:\n  - id: a\n", []string{"test.yaml:3: rule a: want exactly one of phrase, contains, prefix and regexp, have 0"}},
		{"bad regexp", "category: x\nrules:\n  - id: a\n    regexp: '(x'\n", []string{"test.yaml:3: rule a: error parsing regexp: missing closing ): `(x`"}},
		{"bad action", "category: x\nrules:\n  - id: a\n    phrase: x\n    action: delete\n", []string{`test.yaml:3: rule a: unknown action "delete"`}},
		{"bad where", "category: x\nrules:\n  - id: a\n    phrase: x\n    where: middle\n", []string{`test.yaml:3: rule a: unknown where "middle"`}},
		{"bad lang", "category: x\nrules:\n  - id: a\n    phrase: x\n    lang: english\n", []string{`test.yaml:5: line 5: "english" is not an ISO 639-1 code or any`}},
		{"negative max_words", "category: x\nrules:\n  - id: a\n    phrase: x\n    max_words: -1\n", []string{"test.yaml:3: rule a: max_words is negative"}},
		{"punctuation phrase", "category: x\nrules:\n  - id: a\n    phrase: '...'\n", []string{`test.yaml:3: rule a: phrase "..." is only punctuation`}},
		{"duplicate id", "category: x\nrules:\n  - id: a\n    phrase: x\n  - id: a\n    phrase: y\n", []string{"test.yaml:5: rule id a is already defined at test.yaml:3"}},
		{"every defect in file order", "category: x\nrules:\n  - id: a\n    regexp: '(x'\n  - id: b\n    phrase: x\n    colour: red\n  - id: c\n    phrase: y\n    where: middle\n",
			[]string{"test.yaml:3: rule a: error parsing regexp", `test.yaml:7: unknown key "colour"`, `test.yaml:8: rule c: unknown where`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := boilerplate.Parse("test.yaml", []byte(tt.yaml))
			if err == nil {
				t.Fatal("no error")
			}
			var fe *boilerplate.FileError
			if !errors.As(err, &fe) {
				t.Fatalf("%v is not a *FileError", err)
			}
			got := strings.Split(err.Error(), "\n")
			if len(got) != len(tt.want) {
				t.Fatalf("got %d errors, want %d:\n%v", len(got), len(tt.want), err)
			}
			for i := range got {
				if !strings.HasPrefix(got[i], tt.want[i]) {
					t.Errorf("error %d: %q, want it to start with %q", i, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestParseDefaults(t *testing.T) {
	s, err := boilerplate.Parse("f.yaml", []byte(`
category: share
lang: [de, AT]
rules:
  - id: inherits
    phrase: Teilen
  - id: overrides
    category: related
    lang: any
    phrase: Mehr
`))
	if err != nil {
		t.Fatal(err)
	}
	a, b := s.Rules()[0], s.Rules()[1]
	if a.Category != "share" || strings.Join(a.Lang, ",") != "de,at" || a.Action != boilerplate.Drop || a.Where != boilerplate.Anywhere || a.File != "f.yaml" || a.Line != 5 {
		t.Errorf("inherits: %+v", a)
	}
	if b.Category != "related" || !b.Lang.Any() {
		t.Errorf("overrides: %+v", b)
	}
	if empty, err := boilerplate.Parse("empty.yaml", nil); err != nil || empty.Len() != 0 {
		t.Errorf("an empty file: %v, %d rules", err, empty.Len())
	}
}

func TestLoadFile(t *testing.T) {
	s, err := boilerplate.LoadFile("../testdata/rules/newsroom.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if s.Len() != 4 {
		t.Errorf("%d rules, want 4", s.Len())
	}
	for _, err := range s.CheckExamples() {
		t.Error(err)
	}
	if _, err := boilerplate.LoadFile(filepath.Join(t.TempDir(), "missing.yaml")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a missing file: %v", err)
	}
}

func TestMergeDuplicate(t *testing.T) {
	a := mustParse(t, "category: x\nrules:\n  - id: same\n    phrase: x\n")
	b, err := boilerplate.Parse("other.yaml", []byte("category: x\nrules:\n  - id: same\n    phrase: y\n"))
	if err != nil {
		t.Fatal(err)
	}
	_, err = boilerplate.Merge(a, nil, b)
	if err == nil || err.Error() != "other.yaml:3: rule id same is already defined at test.yaml:3" {
		t.Errorf("merge: %v", err)
	}
}

func TestCheckExamples(t *testing.T) {
	s := mustParse(t, `
category: x
rules:
  - id: a
    phrase: Share
    examples:
      drop: [Share, "Sharing"]
      keep: ["Share prices", "SHARE"]
`)
	var got []string
	for _, err := range s.CheckExamples() {
		got = append(got, err.Error())
	}
	want := []string{
		`test.yaml:4: rule a does not match its drop example "Sharing"`,
		`test.yaml:4: rule a matches its keep example "SHARE"`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestRuleMatches(t *testing.T) {
	s := mustParse(t, `
category: x
rules:
  - id: contains
    contains: 'Newsletter'
  - id: prefix
    prefix: 'Foto:'
  - id: regexp
    regexp: 'ends here$'
`)
	tests := []struct {
		rule, text string
		want       bool
	}{
		{"contains", "Our NEWSLETTER is free", true},
		{"contains", "News letter", false},
		{"prefix", "» Foto: dpa", true},
		{"prefix", "The Foto: dpa", false},
		{"regexp", "it ends here", true},
		{"regexp", "it ends here.", false},
	}
	rules := map[string]*boilerplate.Rule{}
	for _, r := range s.Rules() {
		rules[r.ID] = r
	}
	for _, tt := range tests {
		if got := rules[tt.rule].Matches(tt.text); got != tt.want {
			t.Errorf("%s.Matches(%q) = %v, want %v", tt.rule, tt.text, got, tt.want)
		}
	}
}

func TestLanguages(t *testing.T) {
	tests := []struct {
		langs boilerplate.Languages
		tag   string
		want  bool
	}{
		{nil, "de", true},
		{boilerplate.Languages{"any"}, "fr", true},
		{boilerplate.Languages{"de", "fr"}, "de-CH", true},
		{boilerplate.Languages{"pt"}, "pt_BR", true},
		{boilerplate.Languages{"pt"}, "es", false},
		{boilerplate.Languages{"pt"}, "", true},
		{boilerplate.Languages{"en"}, "EN-us", true},
	}
	for _, tt := range tests {
		if got := tt.langs.Has(tt.tag); got != tt.want {
			t.Errorf("%v.Has(%q) = %v, want %v", tt.langs, tt.tag, got, tt.want)
		}
	}
}

func TestKindString(t *testing.T) {
	if boilerplate.ListItem.String() != "list-item" || boilerplate.Kind(200).String() != "unknown" {
		t.Error("kind names")
	}
}
