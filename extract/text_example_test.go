package extract_test

import (
	"bytes"
	"context"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/artext/artext/boilerplate"
	"github.com/artext/artext/extract"
)

// aggregatorHeaderFooter are the lines that the aggregator puts around the
// article in testdata/text/aggregator-copy.txt.
var aggregatorHeaderFooter = []string{
	"Get all your news in one place.", "100’s of premium titles.", "One app.", "Start reading",
	"Sign up to read this article", "Read news from 100’s of titles, curated specifically for you.",
	"Already a member? Sign in here", "Related Stories", "Top stories on inkl right now",
	"One subscription that gives you access to news from hundreds of sites", "Our Picks",
	"Fourteen days free", "Download the app", "One app. One membership.", "100+ trusted global sources.",
}

var aggregatorCaptions = []string{
	"Seven European leaders joined Zelensky, including French president Emmanuel Macron and German chancellor Friedrich Merz (AFP/Getty)",
	"The meeting came just six months after a White House bust-up between the pair (Getty)",
	"Sir Keir Starmer said ‘we’ve made real progress today’ (Reuters)",
	"During the discussions, Sir Keir welcomed plans for a security guarantee (PA)",
}

// TestAggregatorCopy checks the article of an aggregator's page copied as
// text against what a reader sees in it: headline, authors, publisher,
// body, captions, and nothing of the aggregator's own lines.
func TestAggregatorCopy(t *testing.T) {
	a := extractText(t, "../testdata/text/aggregator-copy.txt")
	checkAggregatorCopy(t, a)
	if a.Source.Format != extract.InputText {
		t.Errorf("source format = %q, want text", a.Source.Format)
	}
	md := a.Markdown
	for _, line := range aggregatorHeaderFooter {
		if strings.Contains(md, line) || strings.Contains(a.Title, line) || slices.Contains(a.Captions, line) {
			t.Errorf("aggregator line %q is in the output", line)
		}
	}
	var out bytes.Buffer
	if err := extract.Write(&out, a, extract.FormatMarkdown, extract.WriteOptions{}); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out.String(), "---\ntitle: Starmer hails") || !strings.Contains(out.String(), "---\n\nSir Keir Starmer has hailed") {
		t.Errorf("Markdown output does not start with front matter, then the first paragraph:\n%.300s", out.String())
	}
}

// TestAggregatorCopyWithoutRules finds the same article by its structure
// alone, with the boilerplate rules turned off.
func TestAggregatorCopyWithoutRules(t *testing.T) {
	a := extractTextWith(t, "../testdata/text/aggregator-copy.txt", extract.Options{Rules: &boilerplate.RuleSet{}})
	checkAggregatorCopy(t, a)
	for _, line := range aggregatorHeaderFooter {
		if strings.Contains(a.Text, line) {
			t.Errorf("aggregator line %q is in the text", line)
		}
	}
}

func checkAggregatorCopy(t *testing.T, a *extract.Article) {
	t.Helper()
	if want := "Starmer hails ‘real progress’ on Ukraine after European leaders gather at White House"; a.Title != want {
		t.Errorf("title = %q, want %q", a.Title, want)
	}
	if want := []string{"Tom Watling", "Archie Mitchell"}; !slices.Equal(a.Authors, want) {
		t.Errorf("authors = %q, want %q", a.Authors, want)
	}
	if want := "The Independent UK"; a.SiteName != want {
		t.Errorf("site name = %q, want %q", a.SiteName, want)
	}
	if !strings.HasPrefix(a.Text, "Sir Keir Starmer has hailed") {
		t.Errorf("text starts with %.60q", a.Text)
	}
	if !strings.HasSuffix(a.Text, "with us in our hearts.\"") {
		t.Errorf("text ends with %q", a.Text[max(0, len(a.Text)-60):])
	}
	if !slices.Equal(a.Captions, aggregatorCaptions) {
		t.Errorf("captions = %q, want %q", a.Captions, aggregatorCaptions)
	}
	for _, c := range aggregatorCaptions {
		if strings.Contains(a.Text, c) || strings.Contains(a.Markdown, c) {
			t.Errorf("caption %q is in the body", c)
		}
	}
	if strings.Contains(a.Text, "The Independent UK") || strings.Contains(a.Text, "Tom Watling") {
		t.Error("the publisher or the byline is in the body")
	}
}

func extractTextWith(t testing.TB, path string, opts extract.Options) *extract.Article {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	a, err := extract.FromBytes(t.Context(), data, opts)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestShortTextAmongPictures finds an article in a page whose only
// paragraphs are short ones among picture labels and links: short
// paragraphs standing alone are demoted to lines, unless none would be
// left.
func TestShortTextAmongPictures(t *testing.T) {
	page := strings.Join([]string{
		"Logo", "", "  • Home", "  • About", "", "Variables and their home", "",
		"How did variables work again? Here is an excerpt from our teaching material!", "",
		"Variables picture 1", "Variables picture 2", "Variables picture 3", "",
		"Variables are no problem for you? Then see whether you can solve our puzzle!", "",
		"  • Imprint", "  • Privacy",
	}, "\n")
	a, err := extract.FromBytes(context.Background(), []byte(page), extract.Options{InputFormat: extract.InputText})
	if err != nil {
		t.Fatal(err)
	}
	// The pictures' labels between the paragraphs cost more than the
	// first paragraph weighs: the densest run is the second alone.
	if want := "Variables are no problem for you? Then see whether you can solve our puzzle!"; a.Text != want {
		t.Errorf("Text = %q, want %q", a.Text, want)
	}
}
