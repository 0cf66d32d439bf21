package extract

import (
	"context"
	"strings"
	"testing"
)

// TestBreaksMakeParagraphs checks that the paragraphs readability makes of
// text parted by <br><br> stay apart in the text: they are elements made
// by name, whose type setAtoms fills in.
func TestBreaksMakeParagraphs(t *testing.T) {
	filler := "<p>" + strings.Repeat("More words in a paragraph to make this page an article. ", 6) + "</p>"
	page := "<html><body><article><p>The first line of the story is here<br><br>The second line follows it<br>and a third</p>" +
		filler + "</article></body></html>"
	a, err := FromBytes(context.Background(), []byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if want := "The first line of the story is here\n\nThe second line follows it\nand a third\n\n"; !strings.HasPrefix(a.Text, want) {
		t.Errorf("Text = %q, want it to start with %q", a.Text, want)
	}
}
