package boilerplate_test

import (
	"strings"
	"testing"

	"github.com/artext/artext/boilerplate"
)

// mustParse parses a rule file given as YAML text, or fails the test.
func mustParse(t *testing.T, yaml string) *boilerplate.RuleSet {
	t.Helper()
	s, err := boilerplate.Parse("test.yaml", []byte(yaml))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// lines makes a document of one block per line.
func lines(text string) []boilerplate.Block {
	var blocks []boilerplate.Block
	for _, l := range strings.Split(text, "\n") {
		kind := boilerplate.Paragraph
		inList := strings.HasPrefix(l, "- ")
		if inList {
			kind = boilerplate.ListItem
		}
		blocks = append(blocks, boilerplate.Block{Text: l, Kind: kind, InList: inList})
	}
	return blocks
}

// verdicts returns, per block, "" when it is kept, else its action and the
// id of the rule that decided: "drop share".
func verdicts(decisions []boilerplate.Decision) []string {
	out := make([]string, len(decisions))
	for i, d := range decisions {
		if !d.Kept() {
			out[i] = string(d.Action) + " " + d.Rule.ID
		}
	}
	return out
}

func TestApply(t *testing.T) {
	rules := mustParse(t, `
category: test
lang: [en]
rules:
  - id: share
    phrase: Share this article
  - id: advert
    phrase: Advertisement
    lang: any
  - id: credit
    regexp: '^Photo: '
    action: caption
  - id: end
    phrase: Sign up to read this article
    where: tail
    action: drop-after
  - id: start
    phrase: Start reading
    where: head
    action: drop-before
  - id: related
    phrase: Related stories
    action: drop-list
  - id: first-only
    phrase: Menu
    where: first
  - id: last-only
    phrase: Top
    where: last
  - id: read-more
    contains: read more
    max_words: 4
  - id: teilen
    phrase: Teilen
    lang: de
`)
	tests := []struct {
		name string
		doc  string
		lang string
		want []string
	}{
		{"phrase ignores case, quotes, dashes, spacing and decoration",
			"» SHARE   this article:\nshare this article\nWe share this article with you.", "en",
			[]string{"drop share", "drop share", ""}},
		{"caption", "Photo: Ana Lima\nA photo: of nothing, and a story told in more words than its caption", "en",
			[]string{"caption credit", ""}},
		{"captions that hold over a third of the words stay",
			"Photo: Ana Lima\nPhoto: Jo Bloggs\nA gallery of two pictures", "en",
			[]string{"", "", ""}},
		{"drop-after in the tail takes everything after it",
			"One\nTwo\nThree\nFour\nSign up to read this article\nDownload the app", "en",
			[]string{"", "", "", "", "drop-after end", "drop-after end"}},
		{"drop-after outside the tail does nothing",
			"Sign up to read this article\nOne\nTwo\nThree\nFour\nFive", "en",
			[]string{"", "", "", "", "", ""}},
		{"drop-before in the head takes everything before it",
			"Get the app\nStart reading\nThe story\nmore story\nend of story\nthe end", "en",
			[]string{"drop-before start", "drop-before start", "", "", "", ""}},
		{"drop-list takes the list that follows",
			"Story\nRelated stories\n- One\n- Two\nStory goes on\n- Its own list", "en",
			[]string{"", "drop-list related", "drop-list related", "drop-list related", "", ""}},
		{"drop-list leaves the items longer than a teaser",
			"Story\nRelated stories\n- One\n- " + strings.Repeat("word ", 31) + "\n- Two", "en",
			[]string{"", "drop-list related", "drop-list related", "", "drop-list related"}},
		{"first and last", "Menu\nMenu\nTop\nTop", "en",
			[]string{"drop first-only", "", "", "drop last-only"}},
		{"max_words keeps long blocks", "Read more\nRead more about the long history of the town", "en",
			[]string{"drop read-more", ""}},
		{"rules of another language are skipped", "Teilen\nShare this article\nAdvertisement", "fr",
			[]string{"", "", "drop advert"}},
		{"a regional tag matches its language", "Teilen", "de-AT",
			[]string{"drop teilen"}},
		{"every rule applies when the language is unknown", "Teilen\nShare this article", "",
			[]string{"drop teilen", "drop share"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := verdicts(rules.Apply(lines(tt.doc), tt.lang))
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestApplyFirstRuleWins: of two rules that match a block, the one first
// in the set decides, whatever their kinds of matcher.
func TestApplyFirstRuleWins(t *testing.T) {
	rules := mustParse(t, `
category: test
rules:
  - id: by-regexp
    regexp: '(?i)^share'
    max_words: 3
  - id: by-phrase
    phrase: Share
`)
	d := rules.Apply([]boilerplate.Block{{Text: "Share"}}, "")
	if d[0].Rule.ID != "by-regexp" {
		t.Errorf("decided by %s, want by-regexp", d[0].Rule.ID)
	}
	merged, err := boilerplate.Merge(mustParse(t, "category: x\nrules:\n  - id: p\n    phrase: Share\n"), rules)
	if err != nil {
		t.Fatal(err)
	}
	if d := merged.Apply([]boilerplate.Block{{Text: "Share"}}, ""); d[0].Rule.ID != "p" {
		t.Errorf("decided by %s, want p, the first of the merged sets", d[0].Rule.ID)
	}
}

// TestApplyMarkers: a block removed with a marker names the marker.
func TestApplyMarkers(t *testing.T) {
	rules := mustParse(t, "category: x\nrules:\n  - id: end\n    phrase: The end\n    action: drop-after\n")
	d := rules.Apply(lines("a\nb\nThe end\nc\nd"), "")
	for i, want := range []int{0, 0, 2, 2, 2} {
		if i >= 2 && d[i].Marker != want {
			t.Errorf("block %d: marker %d, want %d", i, d[i].Marker, want)
		}
	}
	removals := boilerplate.Removals(lines("a\nb\nThe end\nc\nd"), d)
	if len(removals) != 3 || removals[0].Text != "The end" || removals[2].Text != "d" || removals[1].Action != boilerplate.DropAfter {
		t.Errorf("removals: %+v", removals)
	}
}

func TestApplyEmpty(t *testing.T) {
	var nilSet *boilerplate.RuleSet
	if d := nilSet.Apply(lines("a\nb"), ""); len(d) != 2 || !d[0].Kept() {
		t.Errorf("a nil set decided %v", d)
	}
	if d := (&boilerplate.RuleSet{}).Apply(nil, "en"); len(d) != 0 {
		t.Errorf("no blocks, %d decisions", len(d))
	}
}

func TestWithTrace(t *testing.T) {
	rules := mustParse(t, "category: x\nrules:\n  - id: ad\n    phrase: Advertisement\n")
	var seen []string
	traced := rules.WithTrace(func(blocks []boilerplate.Block, decisions []boilerplate.Decision) {
		for i, b := range blocks {
			seen = append(seen, b.Text+"="+strings.Join(verdicts(decisions[i:i+1]), ""))
		}
	})
	traced.Apply(lines("Story\nAdvertisement"), "")
	if got := strings.Join(seen, ","); got != "Story=,Advertisement=drop ad" {
		t.Errorf("traced %q", got)
	}
	if rules.Apply(lines("x"), ""); len(seen) != 2 {
		t.Error("the set WithTrace was called on traces too")
	}
	var nilSet *boilerplate.RuleSet
	calls := 0
	nilSet.WithTrace(func([]boilerplate.Block, []boilerplate.Decision) { calls++ }).Apply(lines("x"), "")
	if calls != 1 {
		t.Errorf("a traced empty set called its trace %d times, want 1", calls)
	}
}

func TestWhereBounds(t *testing.T) {
	rules := mustParse(t, "category: x\nrules:\n  - id: h\n    phrase: X\n    where: head\n  - id: t\n    phrase: Y\n    where: tail\n")
	// Of 6 blocks the head is the first 2 and the tail the last 2.
	got := verdicts(rules.Apply(lines("X\nX\nX\nY\nY\nY"), ""))
	want := []string{"drop h", "drop h", "", "", "drop t", "drop t"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
	// A document of one block is head and tail.
	if d := rules.Apply(lines("Y"), ""); d[0].Kept() {
		t.Error("a lone block is not in the tail")
	}
}

// TestApplyCode: preformatted text is program text, never boilerplate.
func TestApplyCode(t *testing.T) {
	rules := mustParse(t, "category: x\nrules:\n  - id: share\n    phrase: Share\n")
	d := rules.Apply([]boilerplate.Block{{Text: "Share", Kind: boilerplate.Code}, {Text: "Share"}}, "")
	if !d[0].Kept() || d[1].Kept() {
		t.Errorf("decided %q", verdicts(d))
	}
}

func TestApplyKinds(t *testing.T) {
	rules := mustParse(t, "category: x\nrules:\n  - id: date\n    phrase: 7 May 1856\n    kinds: [paragraph, list-item]\n")
	d := rules.Apply([]boilerplate.Block{{Text: "7 May 1856", Kind: boilerplate.TableCell}, {Text: "7 May 1856"}}, "")
	if !d[0].Kept() || d[1].Kept() {
		t.Errorf("decided %q", verdicts(d))
	}
	if _, err := boilerplate.Parse("k.yaml", []byte("category: x\nrules:\n  - id: a\n    phrase: x\n    kinds: [para]\n")); err == nil || !strings.Contains(err.Error(), `unknown kind "para"`) {
		t.Errorf("an unknown kind: %v", err)
	}
}
