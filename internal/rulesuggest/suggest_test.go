package rulesuggest_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/artext/artext/boilerplate"
	"github.com/artext/artext/internal/rulesuggest"
	"golang.org/x/net/html"
)

const story = `<html><body>
<header id="masthead"><nav class="menu"><a href="/">Home</a></nav></header>
<main>
<article id="post-12345" class="post">
<h1 class="headline">Harbour plan agreed</h1>
<div class="story">
<p>The plan, agreed on Monday, moves the ferry terminal to the east quay.</p>
<div class="newsletter"><p>Sign up for our newsletter</p><form><input type="email"></form></div>
<p>It opens the old docks to the public, the council said on Monday.</p>
<div class="sc-bdVaJa kXjQnU"><p>Promoted: the best ferries of the year</p></div>
<div class="story-more"><p>Work starts next spring and should last two years.</p></div>
</div>
<div class="related"><h2>Related</h2><ul><li><a href="/a">Ferries</a></li></ul></div>
</article>
<aside id="sidebar"><div class="css-1q2w3e"><p>Most read today</p></div><div class="css-9z8y7x"><p>Weather</p></div></aside>
</main>
<footer><div><div><p>Copyright</p></div></div><div><div><p>Imprint</p></div></div></footer>
</body></html>`

func TestSuggest(t *testing.T) {
	tests := []struct {
		name, text string
		keep       bool
		want       string // the selector
		stable     bool
	}{
		{"a box by its class", "Sign up for our newsletter", false, ".newsletter", true},
		{"spacing and case are ignored", "sign UP for   our\nnewsletter", false, ".newsletter", true},
		{"generated classes are passed over", "Promoted: the best ferries", false, ".story > div:nth-of-type(2)", false},
		{"a stable ancestor anchors the path", "Most read today", false, "#sidebar > div:nth-of-type(1)", false},
		{"a tag alone on the page is shortest", "Harbour plan agreed", false, "h1", true},
		{"keep: the container of a first paragraph", "ferry terminal", true, ".story", true},
		{"a list after its heading", "Related", false, "h2", true},
		{"keep: the container of most of the text", "Work starts next spring", true, ".story", true},
		{"a landmark anchors the path", "Imprint", false, "footer > div:nth-of-type(2)", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(story))
			if err != nil {
				t.Fatal(err)
			}
			s, err := rulesuggest.Suggest(doc, tt.text, tt.keep)
			if err != nil {
				t.Fatal(err)
			}
			if s.Selector != tt.want || s.Stable != tt.stable {
				t.Errorf("got %q (stable %v), want %q (stable %v)", s.Selector, s.Stable, tt.want, tt.stable)
			}
		})
	}
}

// TestRuleFile: the rule file suggested loads as a rule file, scoped to
// the host, and its selector matches the element that holds the text.
func TestRuleFile(t *testing.T) {
	doc, _ := html.Parse(strings.NewReader(story))
	for _, keep := range []bool{false, true} {
		s, err := rulesuggest.Suggest(doc, "Sign up for our newsletter", keep)
		if err != nil {
			t.Fatal(err)
		}
		file := s.RuleFile("news.example.com", "Sign up for our newsletter")
		rules, err := boilerplate.Parse("suggested.yaml", file)
		if err != nil {
			t.Fatalf("%s\n%v", file, err)
		}
		e := rules.ElementRules("news.example.com")
		sels := e.Remove
		if keep {
			sels = e.Select
		}
		if len(sels) != 1 || len(e.Remove)+len(e.Select) != 1 {
			t.Fatalf("keep %v: %+v from\n%s", keep, e, file)
		}
		m, err := sels[0].MatchAll(doc)
		if err != nil || len(m) != 1 || m[0] != s.Target {
			t.Errorf("keep %v: %s matches %d elements, %v", keep, sels[0], len(m), err)
		}
		if !rules.ElementRules("example.org").IsEmpty() {
			t.Errorf("the rule applies to another site:\n%s", file)
		}
	}
	s, _ := rulesuggest.Suggest(doc, "Imprint", false)
	want := `# Suggested by artext rules suggest, to remove the element holding
# Imprint
# No stable id or class names this element alone: the selector follows
# the page's structure, and breaks when the layout changes.
remove:
  - 'footer > div:nth-of-type(2)'
`
	if got := string(s.RuleFile("", "Imprint")); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestSuggestNotFound(t *testing.T) {
	doc, _ := html.Parse(strings.NewReader(story))
	if _, err := rulesuggest.Suggest(doc, "not on the page", false); !errors.Is(err, rulesuggest.ErrNotFound) {
		t.Errorf("a text not on the page: %v", err)
	}
	if _, err := rulesuggest.Suggest(doc, "  ", false); err == nil {
		t.Error("an empty text: no error")
	}
}
