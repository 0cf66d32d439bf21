package htmlpath

import (
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
