package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

const linkListArticle = `<div>
<p>The first paragraph of the article is long enough to count as prose, with a clause or two more, and then some.</p>
<p>See: <a href="/m">the report of the council on the bridge</a></p>
<ul><li><a href="/a">A link the author gives</a></li><li><a href="/b">Another link the author gives</a></li><li><a href="/c">A third link</a></li></ul>
<p>The last paragraph of the article is long enough to count as prose too, and ends the story right here, at last.</p>
<p>Read also: <a href="/r">The bridge closes for a month of works</a></p>
<h3>Related articles</h3>
<ul><li><a href="/x">Another story of this site</a></li><li><a href="/y">Yet another story</a></li><li><a href="/z">A third story</a></li></ul>
<ul><li>Flour, <a href="/flour">see our guide</a>, and sugar</li><li>Eggs</li><li>Lemons</li></ul>
</div>`

func TestCleanBlocks(t *testing.T) {
	tests := []struct {
		mode Mode
		kept []string
		gone []string
	}{
		{Balanced, []string{"A link the author gives", "the report of the council", "Flour"}, []string{"Read also", "Related articles", "Another story of this site"}},
		{Precision, []string{"Flour"}, []string{"A link the author gives", "the report of the council", "Read also", "Related articles", "Another story of this site"}},
		{Recall, []string{"A link the author gives", "the report of the council", "Read also", "Related articles", "Another story of this site", "Flour"}, nil},
	}
	for _, tt := range tests {
		doc, err := html.Parse(strings.NewReader(linkListArticle))
		if err != nil {
			t.Fatal(err)
		}
		root := findElement(doc, atom.Div)
		kept, removed := cleanBlocks(splitBlocks(root), tt.mode, true)
		var texts []string
		for _, b := range kept {
			texts = append(texts, b.Text)
		}
		text := strings.Join(texts, "\n")
		for _, k := range tt.kept {
			if !strings.Contains(text, k) {
				t.Errorf("%v: %q was dropped", tt.mode, k)
			}
		}
		for _, g := range tt.gone {
			if strings.Contains(text, g) {
				t.Errorf("%v: %q was kept", tt.mode, g)
			}
			if strings.Contains(nodesText([]*html.Node{root}, false), g) {
				t.Errorf("%v: %q is still in the tree", tt.mode, g)
			}
		}
		for _, r := range removed {
			if !strings.HasPrefix(r.Rule, "structure/link-") {
				t.Errorf("%v: removal %+v, want a structure/link- rule", tt.mode, r)
			}
		}
	}
}
