package extract

import (
	"context"
	"strings"
	"testing"

	"github.com/artext/artext/internal/htmlutil"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func TestUseCandidate(t *testing.T) {
	tests := []struct {
		name       string
		lenR, lenC int
		inC        float64
		kind       candidateKind
		mode       Mode
		want       bool
	}{
		{"readability found nothing", 0, 800, 0, articleElement, Balanced, true},
		{"readability found nothing, precision", 0, 800, 0, articleElement, Precision, true},
		{"sub-block of the container", 500, 2000, 1, namedContainer, Balanced, true},
		{"sub-block of an article", 500, 2000, 0.95, articleElement, Balanced, true},
		{"candidate barely larger", 1000, 1500, 1, namedContainer, Balanced, false},
		{"candidate barely larger, recall", 1000, 1500, 1, namedContainer, Recall, true},
		{"candidate holds a gallery besides", 1000, 6000, 1, namedContainer, Balanced, false},
		{"candidate holds a gallery besides, recall", 1000, 6000, 1, namedContainer, Recall, false},
		{"stray block, much smaller", 120, 1500, 0, namedContainer, Balanced, true},
		{"readability's text mostly elsewhere", 1000, 3000, 0.5, namedContainer, Balanced, false},
		{"main holds too much else", 500, 2000, 1, mainElement, Balanced, false},
		{"main, recall", 500, 2000, 1, mainElement, Recall, true},
		{"precision keeps readability", 500, 2000, 1, namedContainer, Precision, false},
		{"stray block outside a short article", 300, 250, 0, namedContainer, Balanced, true},
		{"stray rule needs a named container", 300, 250, 0, articleElement, Balanced, false},
		{"stray block outside a larger main", 700, 3000, 0, mainElement, Balanced, true},
		{"long result outside main stands", 1500, 3000, 0, mainElement, Balanced, false},
		{"long result outside the container stands", 3000, 250, 0, namedContainer, Balanced, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := useCandidate(tt.lenR, tt.lenC, tt.inC, tt.kind, tt.mode); got != tt.want {
				t.Errorf("useCandidate(%d, %d, %.2f, %v, %v) = %v, want %v", tt.lenR, tt.lenC, tt.inC, tt.kind, tt.mode, got, tt.want)
			}
			c := &candidate{kind: tt.kind, size: tt.lenC}
			if tt.want && !mayUseCandidate(tt.lenR, c, tt.mode) {
				t.Error("mayUseCandidate rules out a candidate that useCandidate takes")
			}
		})
	}
}

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
	for _, mode := range []Mode{Balanced, Recall, Precision} {
		a, err := FromBytes(context.Background(), []byte(recipePage), Options{URL: "https://example.com/cake", Mode: mode})
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"my grandmother baked", "a drawer of the kitchen"} {
			if !strings.Contains(a.Text, want) {
				t.Errorf("%v: text lacks %q:\n%s", mode, want, a.Text)
			}
		}
		if got, want := strings.Contains(a.Text, "200 g of caster sugar"), mode != Precision; got != want {
			t.Errorf("%v: ingredients kept %v, want %v:\n%s", mode, got, want, a.Text)
		}
		if strings.Contains(a.Text, "Recipes") {
			t.Errorf("%v: text holds the menu:\n%s", mode, a.Text)
		}
		if mode != Precision && !strings.Contains(a.Markdown, "https://example.com/i/1") {
			t.Errorf("%v: the links of the Markdown are not absolute:\n%s", mode, a.Markdown)
		}
	}
}

func TestConfineBlocks(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<div><p>An author box.</p><p>The article's first paragraph.</p><p>The article's last paragraph.</p></div>`))
	if err != nil {
		t.Fatal(err)
	}
	root := htmlutil.FindElement(doc, atom.Div)
	kept := confineBlocks(splitBlocks(root), "The article's first paragraph.\nThe article's last paragraph.\n")
	if len(kept) != 2 || kept[0].Text != "The article's first paragraph." {
		t.Errorf("kept %+v, want the two paragraphs of the container", kept)
	}
	if strings.Contains(nodesText([]*html.Node{root}, false), "author box") {
		t.Error("the author box is still in the tree")
	}
}

// TestPrecisionFallsBackToBalanced extracts a page whose text all stands in
// elements that Precision mode prunes: rather than nothing, it returns
// what Balanced mode finds.
func TestPrecisionFallsBackToBalanced(t *testing.T) {
	para := "<p>" + strings.Repeat("A sentence of the article, with a comma or two, and more words. ", 4) + "</p>"
	page := `<!DOCTYPE html><html><body><div class="info">` + strings.Repeat(para, 3) + `</div><div class="info">` + strings.Repeat(para, 3) + `</div></body></html>`
	for _, mode := range []Mode{Balanced, Precision} {
		a, err := FromBytes(context.Background(), []byte(page), Options{Mode: mode})
		if err != nil {
			t.Fatalf("%v: %v", mode, err)
		}
		if !strings.Contains(a.Text, "A sentence of the article") {
			t.Errorf("%v: text = %q", mode, a.Text)
		}
	}
}
