package htmlpath

import (
	"log/slog"
	"strings"
	"testing"

	"github.com/artext/artext/boilerplate"
	"github.com/artext/artext/internal/htmlutil"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func TestReadName(t *testing.T) {
	tests := []struct {
		name      string
		signal    signal
		content   bool
		container bool
		caption   bool
	}{
		{name: "share-buttons", signal: strongSignal},
		{name: "jp-relatedposts", signal: strongSignal},
		{name: "relatedPosts", signal: strongSignal},
		{name: "RelatedCoverage-container", signal: strongSignal},
		{name: "mvp-author-box-wrap", signal: strongSignal},
		{name: "ez-toc-container", signal: strongSignal},
		{name: "comments-area", signal: strongSignal},
		{name: "comment-body", signal: weakSignal, content: true},
		{name: "post-meta", signal: weakSignal, content: true},
		{name: "entry-content", container: true, content: true},
		{name: "article_body", container: true, content: true},
		{name: "comment-content", signal: weakSignal, content: true},
		// States, BEM modifiers and layouts say nothing.
		{name: "has-sidebar"},
		{name: "no-comments"},
		{name: "enable-pin-share"},
		{name: "o-section--has-ads"},
		{name: "TestReport__Section--Ads"},
		{name: "c-fixed-sidebar-layout--140--left@lg"},
		// A word must be whole: "nav" is not in "canvas", "ad" not in "head".
		{name: "canvas"},
		{name: "masthead"},
		{name: "wp-caption-text", caption: true, content: true},
		{name: "figure__caption", caption: true},
		{name: "image-credit", caption: true},
		{name: "no-caption"},
	}
	for _, tt := range tests {
		c := readName(tt.name)
		if c.signal != tt.signal || c.content != tt.content || c.container != tt.container || c.caption != tt.caption {
			t.Errorf("readName(%q) = %+v, want signal %d content %v container %v caption %v",
				tt.name, c, tt.signal, tt.content, tt.container, tt.caption)
		}
	}
}

func TestReadNameAllocs(t *testing.T) {
	allocs := testing.AllocsPerRun(100, func() { readName("c-related-articles__item--wide") })
	if allocs != 0 {
		t.Errorf("readName allocates %.0f times, want 0", allocs)
	}
}

func TestReadMarkup(t *testing.T) {
	tests := []struct {
		html   string
		signal signal
		cap    bool
	}{
		{`<nav>`, strongSignal, false},
		{`<footer class="entry-footer">`, strongSignal, false},
		{`<div role="navigation">`, strongSignal, false},
		{`<aside>`, weakSignal, false},
		{`<div class="sharedaddy sd-sharing-enabled">`, strongSignal, false},
		// A content word in another class cancels the class signals.
		{`<article class="post full-content enable-share">`, noSignal, false},
		{`<div class="entry themeform share">`, noSignal, false},
		// Headings, inline and custom elements are never pruned.
		{`<h3 id="nav_toc">`, noSignal, false},
		{`<a class="popup">`, noSignal, false},
		// An id made of a heading's words is an anchor.
		{`<div id="sharing-with-a-single-developer">`, noSignal, false},
		{`<figcaption>`, noSignal, true},
		{`<p class="wp-caption-text">`, noSignal, true},
		{`<span itemprop="caption">`, noSignal, true},
	}
	for _, tt := range tests {
		n := parseElement(t, tt.html)
		m := readMarkup(n)
		if m.signal != tt.signal || m.caption != tt.cap {
			t.Errorf("readMarkup(%s) = %+v, want signal %d caption %v", tt.html, m, tt.signal, tt.cap)
		}
	}
}

// parseElement returns the first element that src, a start tag, makes
// in a body.
func parseElement(t *testing.T, src string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader("<!DOCTYPE html><body>" + src + "x"))
	if err != nil {
		t.Fatal(err)
	}
	body := doc.LastChild.LastChild
	if body.FirstChild == nil || body.FirstChild.Type != html.ElementNode {
		t.Fatalf("%s: no element", src)
	}
	return body.FirstChild
}

const prunePage = `<!DOCTYPE html><html><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<div class="page-wrapper has-sidebar">
  <article>
    <h1>A title for the article</h1>
    <div class="entry-content">
      <p>The first paragraph of the article tells what happened and where it happened.</p>
      <figure><img src="a.jpg"><figcaption>Photo: A. Person</figcaption></figure>
      <p>The second paragraph says what people think of it, at some length too.</p>
      <div class="share-buttons">Share on Facebook</div>
      <div class="tags">Tagged: one, two</div>
    </div>
    <div class="author-box">Jane writes about things.</div>
  </article>
  <div class="sidebar"><p>Popular posts and other things to read on this site.</p></div>
</div>
<div class="comments">A comment that is longer than the article itself, going on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on.</div>
</body></html>`

func TestPrune(t *testing.T) {
	tests := []struct {
		mode     Mode
		kept     []string
		gone     []string
		captions []string
	}{
		{
			mode: Balanced,
			kept: []string{"A title for the article", "The first paragraph", "The second paragraph"},
			gone: []string{"Home", "Photo: A. Person", "Share on Facebook", "Jane writes", "Popular posts", "A comment"},
			// The comments hold more than half of the text, yet a strong
			// sign prunes them: only wrappers of the article are kept.
			captions: []string{"Photo: A. Person"},
		},
		{
			mode:     Balanced,
			kept:     []string{"Tagged: one, two"},
			captions: []string{"Photo: A. Person"},
		},
		{
			// Recall mode prunes on strong signs only, and keeps captions.
			mode: Recall,
			kept: []string{"The first paragraph", "Tagged: one, two", "Photo: A. Person"},
			gone: []string{"Share on Facebook", "Jane writes"},
		},
		{
			// Weak signs prune too in Precision mode.
			mode:     Precision,
			kept:     []string{"The first paragraph"},
			gone:     []string{"Tagged: one, two", "Share on Facebook"},
			captions: []string{"Photo: A. Person"},
		},
	}
	for _, tt := range tests {
		doc, err := html.Parse(strings.NewReader(prunePage))
		if err != nil {
			t.Fatal(err)
		}
		s := scanPage(doc)
		captions, _ := s.prune(tt.mode, false, slog.New(slog.DiscardHandler))
		text := nodesText([]*html.Node{htmlutil.FindElement(doc, atom.Body)}, false)
		for _, k := range tt.kept {
			if !strings.Contains(text, k) {
				t.Errorf("%v: %q was pruned", tt.mode, k)
			}
		}
		for _, g := range tt.gone {
			if strings.Contains(text, g) {
				t.Errorf("%v: %q was kept", tt.mode, g)
			}
		}
		if strings.Join(captions, "|") != strings.Join(tt.captions, "|") {
			t.Errorf("%v: captions = %q, want %q", tt.mode, captions, tt.captions)
		}
	}
}

// TestPruneExplains checks that pruning reports what it took when asked:
// each element with its selector as the category, captions as such.
func TestPruneExplains(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(prunePage))
	if err != nil {
		t.Fatal(err)
	}
	_, removed := scanPage(doc).prune(Balanced, true, slog.New(slog.DiscardHandler))
	var share, caption bool
	for _, r := range removed {
		if r.Rule != "markup" || r.Category == "" || r.Text == "" {
			t.Errorf("removal %+v: want rule markup, a selector and the text", r)
		}
		share = share || strings.Contains(r.Text, "Share on Facebook") && r.Action == boilerplate.Drop
		caption = caption || r.Text == "Photo: A. Person" && r.Action == boilerplate.MoveToCaptions
	}
	if !share || !caption {
		t.Errorf("removed = %+v, want the share bar dropped and the credit moved to captions", removed)
	}
}

// TestPruneKeepsWrappers checks the guards: an element marked as
// boilerplate that holds most of the page's text, or the article's named
// container, stays.
func TestPruneKeepsWrappers(t *testing.T) {
	page := `<!DOCTYPE html><body><div class="content-sidebar-wrap">
	<div class="related-stories"><div class="entry-content"><p>` + strings.Repeat("The article's own words. ", 20) + `</p></div></div>
	<div class="sidebar">A short sidebar.</div></div></body>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	scanPage(doc).prune(Balanced, false, slog.New(slog.DiscardHandler))
	text := nodesText([]*html.Node{htmlutil.FindElement(doc, atom.Body)}, false)
	if !strings.Contains(text, "The article's own words.") {
		t.Error("the article was pruned")
	}
	if strings.Contains(text, "A short sidebar.") {
		t.Error("the sidebar was kept")
	}
}

// TestPruneMediumSignal checks that the words that also name wrappers of
// articles (teaser, author, ...) prune small elements only.
func TestPruneMediumSignal(t *testing.T) {
	article := `<div class="teaserTyp3 newsSingle"><p>` + strings.Repeat("The news item's own words. ", 12) + `</p></div>`
	page := `<!DOCTYPE html><body>` + article + `<div class="teaser">A teaser of another story.</div>
	<div class="links">` + strings.Repeat("<p>Other text of the page that is not the article, at some length. </p>", 6) + `</div></body>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	scanPage(doc).prune(Balanced, false, slog.New(slog.DiscardHandler))
	text := nodesText([]*html.Node{htmlutil.FindElement(doc, atom.Body)}, false)
	if !strings.Contains(text, "The news item's own words.") {
		t.Error("the article was pruned")
	}
	if strings.Contains(text, "A teaser of another story.") {
		t.Error("the teaser was kept")
	}
}
