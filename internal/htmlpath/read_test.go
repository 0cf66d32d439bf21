package htmlpath

import (
	"context"
	"log/slog"
	"strings"
	"testing"

	"github.com/artext/artext/boilerplate"
	"golang.org/x/net/html"
)

const readPage = `<!DOCTYPE html><html lang="en"><head><title>The harbour reopens - Town Courier</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>The harbour reopens</h1>
<p>` + "The old harbour of the town reopened on Monday after two years of works, and the boats came back. " + `</p>
<figure><img src="a.jpg" alt=""><figcaption>Photo: Ana Lima</figcaption></figure>
<p>` + "The mayor said the works cost more than planned, but that the town would recover the money from the rents. " + `</p>
<h2>Related</h2>
<ul><li><a href="/a">Another story of the site</a></li><li><a href="/b">Yet another story</a></li><li><a href="/c">A third story</a></li></ul>
<h2>From our sponsors</h2>
<p>Advertisement</p>
</article></body></html>`

// TestReadAndSettle reads a page into a document, then settles it once a
// rule has removed a block: the block's nodes leave the tree, and the
// heading left with nothing under it is excluded.
func TestReadAndSettle(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(readPage))
	if err != nil {
		t.Fatal(err)
	}
	p, err := Read(context.Background(), doc, Settings{Mode: Balanced, Explain: true, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	d := p.Document()
	if d.Meta.Title != "The harbour reopens" || d.Meta.Language != "en" || d.Root == nil {
		t.Errorf("title %q, language %q, root %v", d.Meta.Title, d.Meta.Language, d.Root)
	}
	if len(d.Captions) != 1 || d.Captions[0] != "Photo: Ana Lima" || len(d.Removed) == 0 || d.Removed[0].Node == nil {
		t.Errorf("captions %q, removed %+v: want pruning's caption with its element", d.Captions, d.Removed)
	}
	var texts []string
	ad := -1
	for i, b := range d.Blocks {
		texts = append(texts, b.Text)
		if b.Text == "Advertisement" {
			ad = i
		}
		if len(b.Nodes) == 0 {
			t.Errorf("block %q has no nodes", b.Text)
		}
		if strings.Contains(b.Text, "story") && b.Excluded.Reason != "structure/link-list" {
			t.Errorf("block %q: excluded %+v, want a list of links", b.Text, b.Excluded)
		}
	}
	if ad < 0 {
		t.Fatalf("no Advertisement block among %q", texts)
	}
	d.Blocks[ad].Decision = boilerplate.Decision{Action: boilerplate.Drop, Rule: &boilerplate.Rule{ID: "ad"}, Marker: ad}
	p.Settle()
	var rendered strings.Builder
	html.Render(&rendered, d.Root)
	if strings.Contains(rendered.String(), "Advertisement") {
		t.Error("the removed block is still in the tree")
	}
	for _, b := range d.Blocks {
		if b.Text == "From our sponsors" && b.Excluded.Reason != "structure/empty-section" {
			t.Errorf("heading %q: excluded %+v, want an empty section", b.Text, b.Excluded)
		}
	}
}
