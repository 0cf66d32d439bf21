package extract_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/artext/artext/extract"
)

// recipePage is a page whose named container holds a story, then the
// ingredients as links and the steps: readability keeps the story and the
// steps only, the container holds the whole recipe.
const recipePage = `<!DOCTYPE html><html><head><title>Lemon cake</title></head><body>
<div class="menu"><a href="/">Home</a> <a href="/recipes">Recipes</a> <a href="/about">About</a></div>
<div class="entry-content">
<div class="intro"><p>This lemon cake is the one my grandmother baked every Sunday in summer, and it is still, after all these years, the best one I know of. It is moist, sharp, sweet, and it keeps for days.</p>
<p>She wrote the recipe on a card, now stained with butter, that I keep in a drawer of the kitchen, next to the spoons, the string and the candles.</p></div>
<div class="card">
<div class="ingredients"><div class="row"><a href="/i/0">200 g of fine white wheat flour</a></div><div class="row"><a href="/i/1">200 g of caster sugar</a></div><div class="row"><a href="/i/2">4 large eggs at room temperature</a></div><div class="row"><a href="/i/3">2 unwaxed lemons, zest and juice</a></div><div class="row"><a href="/i/4">200 g of soft unsalted butter</a></div><div class="row"><a href="/i/5">1 teaspoon of baking powder</a></div><div class="row"><a href="/i/6">a pinch of fine sea salt</a></div><div class="row"><a href="/i/7">100 g of icing sugar for the glaze</a></div><div class="row"><a href="/i/8">2 tablespoons of milk</a></div><div class="row"><a href="/i/9">butter for the tin</a></div><div class="row"><a href="/j/0">a handful of fresh blueberries for the top</a></div><div class="row"><a href="/j/1">a sprig of mint to decorate the plate</a></div><div class="row"><a href="/j/2">some whipped cream, lightly sweetened, to serve</a></div><div class="row"><a href="/j/3">a few thin slices of candied lemon peel</a></div><div class="row"><a href="/j/4">a spoonful of lemon curd for the filling</a></div><div class="row"><a href="/j/5">some toasted flaked almonds for the crust</a></div><div class="row"><a href="/j/6">a vanilla pod, split and scraped</a></div><div class="row"><a href="/j/7">a glass of cold milk for the baker</a></div></div>
<div class="steps"><p>Heat the oven, beat the butter and the sugar until pale, add the eggs one by one, then fold in the flour and the zest.</p><p>Bake for 40 minutes, until a knife comes out clean, and pour the juice of the lemons over the warm cake.</p></div>
</div>
</div>
</body></html>
`

// TestFallbackKeepsWholeContainer extracts a page where readability keeps
// only a part of the named container: the fallback takes the whole, but
// not in Precision mode.
func TestFallbackKeepsWholeContainer(t *testing.T) {
	for _, mode := range []extract.Mode{extract.Balanced, extract.Recall, extract.Precision} {
		a, err := extract.FromBytes(context.Background(), []byte(recipePage), extract.Options{URL: "https://example.com/cake", Mode: mode})
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"my grandmother baked", "a drawer of the kitchen"} {
			if !strings.Contains(a.Text, want) {
				t.Errorf("%v: text lacks %q:\n%s", mode, want, a.Text)
			}
		}
		if got, want := strings.Contains(a.Text, "200 g of caster sugar"), mode != extract.Precision; got != want {
			t.Errorf("%v: ingredients kept %v, want %v:\n%s", mode, got, want, a.Text)
		}
		if strings.Contains(a.Text, "Recipes") {
			t.Errorf("%v: text holds the menu:\n%s", mode, a.Text)
		}
		if mode != extract.Precision && !strings.Contains(a.Markdown, "https://example.com/i/1") {
			t.Errorf("%v: the links of the Markdown are not absolute:\n%s", mode, a.Markdown)
		}
	}
}

// TestPrecisionFallsBackToBalanced extracts a page whose text all stands in
// elements that Precision mode prunes: rather than nothing, it returns
// what Balanced mode finds.
func TestPrecisionFallsBackToBalanced(t *testing.T) {
	para := "<p>" + strings.Repeat("A sentence of the article, with a comma or two, and more words. ", 4) + "</p>"
	page := `<!DOCTYPE html><html><body><div class="info">` + strings.Repeat(para, 3) + `</div><div class="info">` + strings.Repeat(para, 3) + `</div></body></html>`
	for _, mode := range []extract.Mode{extract.Balanced, extract.Precision} {
		a, err := extract.FromBytes(context.Background(), []byte(page), extract.Options{Mode: mode})
		if err != nil {
			t.Fatalf("%v: %v", mode, err)
		}
		if !strings.Contains(a.Text, "A sentence of the article") {
			t.Errorf("%v: text = %q", mode, a.Text)
		}
	}
}

// TestBreaksMakeParagraphs checks that the paragraphs readability makes of
// text parted by <br><br> stay apart in the text: they are elements made
// by name, whose type setAtoms fills in.
func TestBreaksMakeParagraphs(t *testing.T) {
	filler := "<p>" + strings.Repeat("More words in a paragraph to make this page an article. ", 6) + "</p>"
	page := "<html><body><article><p>The first line of the story is here<br><br>The second line follows it<br>and a third</p>" +
		filler + "</article></body></html>"
	a, err := extract.FromBytes(context.Background(), []byte(page), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if want := "The first line of the story is here\n\nThe second line follows it\nand a third\n\n"; !strings.HasPrefix(a.Text, want) {
		t.Errorf("Text = %q, want it to start with %q", a.Text, want)
	}
}

// TestBylineAfterPruning checks that the byline is the page's own author
// line when pruning takes that line out before readability looks for it,
// and that a line naming no author found elsewhere is not taken.
func TestBylineAfterPruning(t *testing.T) {
	para := "<p>" + strings.Repeat("The council voted on the new budget after a long debate about roads. ", 6) + "</p>"
	tests := []struct {
		name        string
		byline      string
		wantByline  string
		wantAuthors []string
	}{
		{
			name:        "author line with a role",
			byline:      `<div class="author-info">By Jane Doe, Health Reporter</div>`,
			wantByline:  "By Jane Doe, Health Reporter",
			wantAuthors: []string{"Jane Doe"},
		},
		{
			name:        "no author line",
			byline:      `<div class="author-info">Share this story</div>`,
			wantByline:  "",
			wantAuthors: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := `<html><head><title>Budget passes</title></head><body><article><h1>Budget passes</h1>` +
				tt.byline + para + para + para + `</article></body></html>`
			a, err := extract.FromBytes(context.Background(), []byte(page), extract.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if a.Byline != tt.wantByline {
				t.Errorf("Byline = %q, want %q", a.Byline, tt.wantByline)
			}
			if !slices.Equal(a.Authors, tt.wantAuthors) {
				t.Errorf("Authors = %q, want %q", a.Authors, tt.wantAuthors)
			}
			if strings.Contains(a.Text, "Jane Doe") {
				t.Errorf("Text holds the byline: %q", a.Text)
			}
		})
	}
}

// TestServedAsHTML reads a page served as HTML as HTML, however little
// markup it has.
func TestServedAsHTML(t *testing.T) {
	a, err := extract.FromBytes(context.Background(), []byte("<p>Two words</p>"), extract.Options{ContentType: "text/html"})
	if err != nil || a.Source.Format != extract.InputHTML || a.Text != "Two words" {
		t.Errorf("a fragment served as text/html: format %q, text %q, err %v", a.Source.Format, a.Text, err)
	}
}
