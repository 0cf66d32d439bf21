package textpath

import (
	"strings"
	"testing"

	"github.com/artext/artext/boilerplate"
	"github.com/artext/artext/internal/document"
)

// TestSettle reads a small page into a document: the blocks with their
// lines, the article's extent, its title, and why each block outside the
// body is left out.
func TestSettle(t *testing.T) {
	prose := "This is a sentence of the article, long enough to be counted as prose by the extractor, which wants twenty words."
	page := strings.Join([]string{
		"Home", "World", "Sport", "",
		"A headline for the story", "",
		prose, "", prose + " Two.", "",
		"© 2024 Site",
	}, "\n")
	p := Split(page, "")
	doc := p.Document()
	if len(doc.Blocks) != 7 || doc.Start != 0 || doc.End != 7 {
		t.Fatalf("before Settle: %d blocks, extent [%d, %d)", len(doc.Blocks), doc.Start, doc.End)
	}
	if got := doc.Blocks[3].Lines; got != (document.Lines{Start: 4, End: 5}) {
		t.Errorf("the headline stands on lines %v, want [4, 5)", got)
	}
	p.Settle() // no rule removed a block
	if doc.Meta.Title != "A headline for the story" {
		t.Errorf("title %q", doc.Meta.Title)
	}
	if doc.Start != 3 || doc.End != 6 {
		t.Errorf("extent [%d, %d), want [3, 6): the headline and the prose", doc.Start, doc.End)
	}
	want := []struct {
		role   document.Role
		reason string
	}{
		{document.Short, "outside-article"}, {document.Short, "outside-article"}, {document.Short, "outside-article"},
		{document.Short, "metadata-line"},
		{document.Prose, ""}, {document.Prose, ""},
		{document.Furniture, "outside-article"}, // few letters: furniture
	}
	for i, b := range doc.Blocks {
		if b.Role != want[i].role || b.Excluded.Reason != want[i].reason || b.Excluded.Reason != "" && b.Excluded.Action != boilerplate.Drop {
			t.Errorf("block %d %q: role %v, excluded %+v; want role %v, reason %q", i, b.Text, b.Role, b.Excluded, want[i].role, want[i].reason)
		}
	}
}
