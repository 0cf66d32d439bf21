package extract

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/artext/artext/boilerplate"
	"github.com/artext/artext/internal/document"
)

// fakePath is a path whose document is made by hand, and whose settling
// excludes the blocks it is told to.
type fakePath struct {
	doc     document.Document
	exclude map[string]document.Exclusion
	settled bool
}

func (p *fakePath) Document() *document.Document { return &p.doc }

func (p *fakePath) Settle() {
	p.settled = true
	for i, b := range p.doc.Blocks {
		if e, ok := p.exclude[b.Text]; ok && b.Decision.Kept() {
			p.doc.Blocks[i].Excluded = e
		}
	}
}

func textBlock(kind boilerplate.Kind, text string) document.Block {
	return document.Block{Block: boilerplate.Block{Text: text, Kind: kind}}
}

// TestFinish fills an article from a document: the rules judge the blocks
// not excluded before them, the path settles, and the body, captions,
// removals, word count, excerpt and language follow from the document.
func TestFinish(t *testing.T) {
	rules, err := boilerplate.Parse("test.yaml", []byte(`
rules:
  - id: share
    category: share
    phrase: Share this
  - id: credit
    category: caption
    action: caption
    phrase: "Photo: Jane"
`))
	if err != nil {
		t.Fatal(err)
	}
	p := &fakePath{exclude: map[string]document.Exclusion{"Reply": {Reason: "repeated-line", Action: boilerplate.Drop}}}
	p.doc.Blocks = []document.Block{
		textBlock(boilerplate.Line, "Menu"),
		textBlock(boilerplate.Paragraph, "Der erste Absatz des Artikels ist lang genug, und er ist auf Deutsch geschrieben, wie man sieht."),
		textBlock(boilerplate.Line, "Share this"),
		textBlock(boilerplate.Caption, "Photo: Jane"),
		textBlock(boilerplate.Line, "Reply"),
		textBlock(boilerplate.Paragraph, "Der zweite Absatz folgt, und auch er ist nicht kurz, damit die Sprache zu erkennen ist."),
		textBlock(boilerplate.Line, "Footer"),
	}
	p.doc.Blocks[0].Excluded = document.Exclusion{Reason: "structure/link-list", Action: boilerplate.Drop}
	p.doc.Start, p.doc.End = 1, 6
	p.doc.Blocks[6].Excluded = document.Exclusion{Reason: "outside-article", Action: boilerplate.Drop}
	p.doc.Meta = document.Metadata{Title: "Ein Artikel", Language: "en"}
	p.doc.Captions = []string{"Found before the blocks"}

	a, err := finish(context.Background(), p, &Options{Rules: rules, Explain: true, URL: "https://example.com/a"}, Source{Format: InputText}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !p.settled {
		t.Error("the path was not settled")
	}
	if p.doc.Blocks[0].Decision.Rule != nil {
		t.Error("the rules judged a block excluded before them")
	}
	if d := p.doc.Blocks[2].Decision; d.Rule == nil || d.Rule.ID != "share" || d.Marker != 2 {
		t.Errorf("decision on the share line: %+v, want rule share with its own index as marker", d)
	}
	wantText := "Der erste Absatz des Artikels ist lang genug, und er ist auf Deutsch geschrieben, wie man sieht.\n\n" +
		"Der zweite Absatz folgt, und auch er ist nicht kurz, damit die Sprache zu erkennen ist."
	if a.Text != wantText || a.WordCount != len(strings.Fields(wantText)) {
		t.Errorf("text %q (%d words)", a.Text, a.WordCount)
	}
	if want := []string{"Found before the blocks", "Photo: Jane"}; !slices.Equal(a.Captions, want) {
		t.Errorf("captions %q, want %q", a.Captions, want)
	}
	var removed []string
	for _, r := range a.Removed {
		removed = append(removed, r.Rule+":"+r.Text)
	}
	if want := []string{"structure/link-list:Menu", "share:Share this", "credit:Photo: Jane", "repeated-line:Reply", "outside-article:Footer"}; !slices.Equal(removed, want) {
		t.Errorf("removed %q, want %q", removed, want)
	}
	if a.Title != "Ein Artikel" || a.Language != "de" || a.URL != "https://example.com/a" {
		t.Errorf("title %q, language %q (the text is German, the page says en), url %q", a.Title, a.Language, a.URL)
	}
	if !strings.HasPrefix(a.Excerpt, "Der erste Absatz") || a.Markdown == "" || a.HTML == "" {
		t.Errorf("excerpt %q, markdown %q, html %q", a.Excerpt, a.Markdown, a.HTML)
	}
}

// TestFinishNoContent returns the metadata with ErrNoContent when no block
// is left for the body.
func TestFinishNoContent(t *testing.T) {
	p := &fakePath{}
	p.doc.Meta = document.Metadata{Title: "Only a title", Language: "fr"}
	a, err := finish(context.Background(), p, &Options{}, Source{Format: InputHTML}, nil)
	if !errors.Is(err, ErrNoContent) || a == nil || a.Title != "Only a title" || a.Language != "fr" || a.Text != "" {
		t.Errorf("finish = %+v, %v; want the metadata and ErrNoContent", a, err)
	}
}
