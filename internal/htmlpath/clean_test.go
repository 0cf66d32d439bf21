package htmlpath

import (
	"strings"
	"testing"

	"github.com/artext/artext/boilerplate"
	"github.com/artext/artext/internal/document"
	"github.com/artext/artext/internal/htmlutil"
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
<p>Photos by the town archive.</p>
</div>`

func TestCleanBlocks(t *testing.T) {
	tests := []struct {
		mode Mode
		kept []string
		gone []string
	}{
		{Balanced, []string{"A link the author gives", "the report of the council", "Flour", "Photos by"}, []string{"Read also", "Related articles", "Another story of this site"}},
		{Precision, []string{"Flour"}, []string{"A link the author gives", "the report of the council", "Read also", "Related articles", "Another story of this site", "Photos by"}},
		{Recall, []string{"A link the author gives", "the report of the council", "Read also", "Related articles", "Another story of this site", "Flour", "Photos by"}, nil},
	}
	for _, tt := range tests {
		doc, err := html.Parse(strings.NewReader(linkListArticle))
		if err != nil {
			t.Fatal(err)
		}
		root := htmlutil.FindElement(doc, atom.Div)
		blocks := splitBlocks(root)
		cleanBlocks(blocks, tt.mode)
		kept, removed := split(blocks)
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
			if !strings.HasPrefix(r.Excluded.Reason, "structure/") || r.Excluded.Action != boilerplate.Drop {
				t.Errorf("%v: exclusion %+v, want a structure/ reason", tt.mode, r.Excluded)
			}
		}
	}
}

// split returns the blocks of the body and the others.
func split(blocks []document.Block) (body, out []document.Block) {
	for _, b := range blocks {
		if b.InBody() {
			body = append(body, b)
		} else {
			out = append(out, b)
		}
	}
	return body, out
}

func TestDropEmptySections(t *testing.T) {
	tests := []struct {
		name string
		html string
		want []string
	}{
		{
			name: "heading at the end",
			html: `<h2>Story</h2><p>Text of the story.</p><h3>Related articles</h3>`,
			want: []string{"Story", "Text of the story."},
		},
		{
			name: "heading followed by a heading of its level",
			html: `<h2>Comments</h2><h2>Story</h2><p>Text of the story.</p>`,
			want: []string{"Story", "Text of the story."},
		},
		{
			name: "heading followed by a subheading keeps its section",
			html: `<h2>Story</h2><h3>Part one</h3><p>Text of the story.</p>`,
			want: []string{"Story", "Part one", "Text of the story."},
		},
		{
			name: "label at the end",
			html: `<p>Text of the story.</p><p>Read more:</p>`,
			want: []string{"Text of the story."},
		},
		{
			name: "a long heading is a sentence",
			html: `<p>Text of the story.</p><h2>` + strings.Repeat("A sentence set as a heading, ", 4) + `</h2>`,
			want: []string{"Text of the story.", strings.TrimSpace(strings.Repeat("A sentence set as a heading, ", 4))},
		},
		{
			name: "headings only",
			html: `<h1>Title</h1><h2>Subtitle</h2>`,
			want: []string{"Title", "Subtitle"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<div>" + tt.html + "</div>"))
			if err != nil {
				t.Fatal(err)
			}
			blocks := splitBlocks(htmlutil.FindElement(doc, atom.Div))
			dropEmptySections(blocks, Balanced)
			kept, removed := split(blocks)
			var got []string
			for _, b := range kept {
				got = append(got, b.Text)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("kept %q, want %q", got, tt.want)
			}
			for _, r := range removed {
				if r.Excluded.Reason != "structure/empty-section" {
					t.Errorf("exclusion %+v", r.Excluded)
				}
			}
		})
	}
}

func TestTablesOfContents(t *testing.T) {
	page := `<div><h2>Contents</h2><ul><li><a href="#one">One</a></li><li><a href="#two">Two</a></li><li><a href="#three">Three</a></li></ul>
<h2 id="one">One</h2><p>The first part of the text, long enough to be a paragraph of prose on its own, and then some more words.</p>
<ul><li><a href="#x">A</a> and more words than the link</li><li>B</li><li>C</li></ul></div>`
	for _, mode := range []Mode{Balanced, Precision} {
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		blocks := splitBlocks(htmlutil.FindElement(doc, atom.Div))
		cleanBlocks(blocks, mode)
		kept, _ := split(blocks)
		var texts []string
		for _, b := range kept {
			texts = append(texts, b.Text)
		}
		got := strings.Join(texts, "|")
		want := "Contents|One|Two|Three|One|The first"
		if mode == Precision {
			want = "One|The first"
		}
		if !strings.HasPrefix(got, want) || !strings.HasSuffix(got, "|B|C") {
			t.Errorf("%v: kept %q, want %q...|B|C", mode, got, want)
		}
	}
}
