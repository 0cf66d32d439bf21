package htmlpath

import (
	"strings"
	"testing"

	"github.com/artext/artext/internal/document"
	"github.com/artext/artext/internal/htmlutil"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

const leadPage = `<!DOCTYPE html><html><body>
<header><h1 class="site-title">The Town Courier</h1><p class="site-description">News from the town, every day since 1901</p></header>
<main><div class="article-header"><h1>The harbour reopens</h1><p class="article-lead">After two years of works the boats are back, and the questions about the rent too</p></div>
<div class="article-body"><p>The old harbour of the town reopened on Monday after two years of works.</p></div></main>
<aside><p class="teaser">A teaser far from the title, of another story of the site, with enough words.</p></aside>
</body></html>`

func TestFindLead(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(leadPage))
	if err != nil {
		t.Fatal(err)
	}
	lead := scanPage(doc).findLead()
	if lead == nil {
		t.Fatal("no lead found")
	}
	if got := nodesText([]*html.Node{lead}, false); !strings.HasPrefix(got, "After two years of works") {
		t.Errorf("lead = %q, want the article's lead, not the site's motto", got)
	}
}

func TestFindLeadNone(t *testing.T) {
	for name, page := range map[string]string{
		"no title":           `<body><p class="lead">A lead without a title to stand under, long enough.</p></body>`,
		"too short":          `<body><h1>Title</h1><p class="lead">Short.</p></body>`,
		"far from the title": `<body><div><div><div><div><div><h1>Title</h1></div></div></div></div></div><p class="lead">A lead that stands far from its title, long enough.</p></body>`,
		"not marked":         `<body><h1>Title</h1><p>A paragraph that no class marks as the lead, long enough.</p></body>`,
	} {
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		if lead := scanPage(doc).findLead(); lead != nil {
			t.Errorf("%s: found lead %q", name, nodesText([]*html.Node{lead}, false))
		}
	}
}

func TestAddLead(t *testing.T) {
	lead := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
	lead.AppendChild(&html.Node{Type: html.TextNode, Data: "After two years of works the boats are back."})
	body := func(text string) (*html.Node, []document.Block) {
		doc, _ := html.Parse(strings.NewReader("<div><p>" + text + "</p></div>"))
		root := htmlutil.FindElement(doc, atom.Div)
		return root, splitBlocks(root)
	}

	root, blocks := body("The old harbour of the town reopened on Monday.")
	got := addLead(root, blocks, htmlutil.Clone(lead))
	if len(got) != 2 || got[0].Text != "After two years of works the boats are back." {
		t.Errorf("blocks = %+v, want the lead first", got)
	}
	if root.FirstChild.DataAtom != atom.P || nodesText([]*html.Node{root.FirstChild}, false) != got[0].Text {
		t.Error("the lead is not first in the tree")
	}

	root, blocks = body("After two years of works the boats are back.")
	if got := addLead(root, blocks, htmlutil.Clone(lead)); len(got) != 1 {
		t.Errorf("the lead was added twice: %+v", got)
	}
}
