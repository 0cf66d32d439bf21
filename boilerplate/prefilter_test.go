package boilerplate_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/artext/artext/boilerplate"
)

// sameDecisions reports whether two lists of decisions name the same rules
// and actions.
func sameDecisions(a, b []boilerplate.Decision) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Action != b[i].Action || a[i].Marker != b[i].Marker || (a[i].Rule == nil) != (b[i].Rule == nil) {
			return false
		}
		if a[i].Rule != nil && a[i].Rule.ID != b[i].Rule.ID {
			return false
		}
	}
	return true
}

// exampleTexts returns every example of every default rule, with variants
// that put decoration, quotes and other case around them.
func exampleTexts() []string {
	var texts []string
	for _, r := range boilerplate.Default().Rules() {
		for _, t := range append(append([]string{}, r.Examples.Drop...), r.Examples.Keep...) {
			texts = append(texts, t, "» "+t, "“"+t+"”", strings.ToUpper(t), "(("+t, "Über "+t, "ſ"+t, "K"+t)
		}
	}
	return texts
}

// TestPrefilterIsExact applies the default rules to every example, alone
// and in a document, with and without the prefilters: the decisions must
// be the same.
func TestPrefilterIsExact(t *testing.T) {
	rules := boilerplate.Default()
	naive := rules.WithoutPrefilters()
	texts := exampleTexts()
	var doc []boilerplate.Block
	for _, text := range texts {
		doc = append(doc, boilerplate.Block{Text: text})
		one := []boilerplate.Block{{Text: text}}
		if got, want := rules.Apply(one, ""), naive.Apply(one, ""); !sameDecisions(got, want) {
			t.Errorf("%q: decided %v, without prefilters %v", text, got[0].Rule, want[0].Rule)
		}
	}
	if !sameDecisions(rules.Apply(doc, "fr"), naive.Apply(doc, "fr")) {
		t.Error("the decisions on a document of every example differ without prefilters")
	}
}

// TestPrefilterLongBlocks is TestPrefilterIsExact on blocks of every
// length up to the longest a rule takes: each example padded with words
// before and after it, so that the literal index of every tier (see
// literalTiers) is used.
func TestPrefilterLongBlocks(t *testing.T) {
	rules := boilerplate.Default()
	naive := rules.WithoutPrefilters()
	for i, text := range exampleTexts() {
		pad := strings.Repeat("word ", []int{5, 13, 20, 31, 45, 51, 70, 80}[i%8])
		long := []string{pad + text, text + " " + pad, pad[:len(pad)/2] + text + " " + pad[:len(pad)/2]}[i%3]
		one := []boilerplate.Block{{Text: long}}
		lang := []string{"", "en", "de", "fr"}[i%4]
		if got, want := rules.Apply(one, lang), naive.Apply(one, lang); !sameDecisions(got, want) {
			t.Errorf("%q: decided %v, without prefilters %v", long, got[0].Rule, want[0].Rule)
		}
	}
}

// TestPrefilterCoverage wants the lead-rune index to place nearly every
// default rule: a rule it cannot place is tried on every short block.
func TestPrefilterCoverage(t *testing.T) {
	unindexed, unfiltered := boilerplate.Default().Unindexed()
	if len(unindexed) > 60 {
		t.Errorf("%d rules are not indexed by their first rune: %v", len(unindexed), unindexed)
	}
	if len(unfiltered) > 5 {
		t.Errorf("%d rules have neither lead runes nor required strings: %v", len(unfiltered), unfiltered)
	}
}

// FuzzPrefilter compares Apply with and without the prefilters on
// arbitrary text, seeded with the examples of the default rules and the
// lines of the rule files.
func FuzzPrefilter(f *testing.F) {
	for _, text := range exampleTexts() {
		f.Add(text)
	}
	files, _ := filepath.Glob("rules/*.yaml")
	for _, name := range files {
		data, _ := os.ReadFile(name)
		for _, line := range strings.Split(string(data), "\n") {
			f.Add(line)
		}
	}
	rules := boilerplate.Default()
	naive := rules.WithoutPrefilters()
	f.Fuzz(func(t *testing.T, text string) {
		one := []boilerplate.Block{{Text: text}}
		got, want := rules.Apply(one, ""), naive.Apply(one, "")
		if !sameDecisions(got, want) {
			t.Errorf("%q: decided %v, without prefilters %v", text, got[0].Rule, want[0].Rule)
		}
	})
}
