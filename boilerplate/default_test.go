package boilerplate_test

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/artext/artext/boilerplate"
	_ "github.com/artext/artext/internal/golden" // defines -update for go test ./... -update
)

// TestDefaultExamples runs every example of every default rule file
// against its own rule.
func TestDefaultExamples(t *testing.T) {
	for _, err := range boilerplate.Default().CheckExamples() {
		t.Error(err)
	}
}

// TestDefaultKeepExamplesSurvive applies the whole default set to every
// keep example, as a document of one block in every language: no rule of
// the set may drop a sentence that some rule says must be kept.
func TestDefaultKeepExamplesSurvive(t *testing.T) {
	rules := boilerplate.Default()
	for _, r := range rules.Rules() {
		for _, text := range r.Examples.Keep {
			d := rules.Apply([]boilerplate.Block{{Text: text}}, "")
			if !d[0].Kept() {
				t.Errorf("%s:%d: keep example %q of rule %s is removed by rule %s", r.File, r.Line, text, r.ID, d[0].Rule)
			}
		}
	}
}

// TestDefaultRulesAreDocumented wants every default rule to carry drop and
// keep examples, and every rule but a phrase to have a word limit: the
// limit keeps article prose safe and lets Apply pass over long blocks.
func TestDefaultRulesAreDocumented(t *testing.T) {
	for _, r := range boilerplate.Default().Rules() {
		if len(r.Examples.Drop) == 0 || len(r.Examples.Keep) == 0 {
			t.Errorf("%s: want drop and keep examples", r)
		}
		if r.Phrase == "" && r.MaxWords == 0 {
			t.Errorf("%s: want max_words", r)
		}
		if len(r.Lang) == 0 {
			t.Errorf("%s: want lang (a code, a list, or any)", r)
		}
	}
}

// TestDefaultCoverage wants at least 200 default rules, and rules for each
// of the seven languages of the evaluation pages.
func TestDefaultCoverage(t *testing.T) {
	rules := boilerplate.Default().Rules()
	if len(rules) < 200 {
		t.Errorf("%d default rules, want at least 200", len(rules))
	}
	perLang := map[string]int{}
	for _, r := range rules {
		for _, l := range r.Lang {
			perLang[l]++
		}
	}
	for _, l := range []string{"en", "de", "fr", "es", "it", "pt", "nl"} {
		if perLang[l] < 10 {
			t.Errorf("%d rules for %s, want at least 10", perLang[l], l)
		}
	}
}

// TestAggregatorCopy applies the default rules to the lines of a news
// article copied as text from an aggregator's page, and to variants of
// its header and footer lines with other numbers, names and quotes: every
// one of them must be removed, and the article's own lines kept.
func TestAggregatorCopy(t *testing.T) {
	boilerplateLines := []string{
		// The lines of ../shared/examples/aggregator-copy.txt.
		"Get all your news in one place.",
		"100’s of premium titles.",
		"One app.",
		"Start reading",
		"Sign up to read this article",
		"Read news from 100’s of titles, curated specifically for you.",
		"Already a member? Sign in here",
		"Related Stories",
		"Top stories on inkl right now",
		"One subscription that gives you access to news from hundreds of sites",
		"Our Picks",
		"Fourteen days free",
		"Download the app",
		"One app. One membership.",
		"100+ trusted global sources.",
		// The same in other words.
		"Get all of your news in one place",
		"100's of premium titles",
		"5,000+ magazines.",
		"Read news from 250+ publications, curated for you.",
		"Already a subscriber? Log in",
		"Top stories on Readly today",
		"One membership that gives you access to everything",
		"Thirty days free",
		"Try 14 days free",
		"Get the app",
		"One app. One subscription.",
		"Subscribe to read this article",
		"RELATED STORIES",
	}
	article := []string{
		"Starmer hails ‘real progress’ on Ukraine after European leaders gather at White House",
		"Sir Keir Starmer has hailed “real progress” as European leaders, including Volodymyr Zelensky, held talks with Donald Trump aimed at bringing an end to the war in Ukraine.",
		"Mr Trump said Moscow would \"accept\" multinational efforts to guarantee Ukraine's security.",
		"\"I don't think you need a ceasefire,\" he had originally said, before later explaining: \"All of us would obviously prefer an immediate ceasefire while we work on a lasting peace.”",
	}
	rules := boilerplate.Default()
	for _, line := range boilerplateLines {
		// A line alone is first, last, head and tail of its document.
		if d := rules.Apply([]boilerplate.Block{{Text: line, Kind: boilerplate.Line}}, "en"); d[0].Kept() {
			t.Errorf("%q is kept", line)
		}
	}
	for _, line := range article {
		if d := rules.Apply([]boilerplate.Block{{Text: line, Kind: boilerplate.Line}}, "en"); !d[0].Kept() {
			t.Errorf("article line %q is removed by %s", line, d[0].Rule)
		}
	}
}

// TestAggregatorCopyFile runs the default rules over the shared example
// file, line by line, when it is present: every line before the headline
// and after the last paragraph is boilerplate, and the captions that end
// in an agency credit move to the captions.
func TestAggregatorCopyFile(t *testing.T) {
	f, err := os.Open("../../shared/examples/aggregator-copy.txt")
	if err != nil {
		t.Skip("../shared/examples is absent")
	}
	defer f.Close()
	var blocks []boilerplate.Block
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if line := strings.TrimSpace(sc.Text()); line != "" {
			blocks = append(blocks, boilerplate.Block{Text: line, Kind: boilerplate.Line})
		}
	}
	decisions := boilerplate.Default().Apply(blocks, "")
	var removed, captions []string
	for i, d := range decisions {
		switch {
		case d.Action == boilerplate.MoveToCaptions:
			captions = append(captions, blocks[i].Text)
		case !d.Kept():
			removed = append(removed, blocks[i].Text)
		}
	}
	wantRemoved := []string{
		"Get all your news in one place.", "100’s of premium titles.", "One app.", "Start reading",
		"Sign up to read this article", "Read news from 100’s of titles, curated specifically for you.",
		"Already a member? Sign in here", "Related Stories", "Top stories on inkl right now",
		"One subscription that gives you access to news from hundreds of sites", "Already a member? Sign in here",
		"Our Picks", "Fourteen days free", "Download the app", "One app. One membership.", "100+ trusted global sources.",
	}
	if strings.Join(removed, "\n") != strings.Join(wantRemoved, "\n") {
		t.Errorf("removed:\n%s\n\nwant:\n%s", strings.Join(removed, "\n"), strings.Join(wantRemoved, "\n"))
	}
	if len(captions) != 4 {
		t.Errorf("captions: %q, want the 4 lines that end in a credit", captions)
	}
}
