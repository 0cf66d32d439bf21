package pagekind

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func parse(t *testing.T, s string) *html.Node {
	t.Helper()
	doc, err := html.ParseWithOptions(strings.NewReader(s), html.ParseOptionEnableScripting(false))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

const thread = `<html><body><nav><a href="/">Forum</a> <a href="/new">New</a></nav>
<h1>Bike chain keeps slipping</h1>
<div id="question" class="question"><span class="author">olek</span>
<p>My chain slips on the smallest cog whenever I climb out of the saddle, and a new chain did not help at all.</p></div>
<div class="answers">
<div class="answer a1"><span class="author">ria</span> <time datetime="2024-04-02">2 Apr</time>
<p>A new chain on a worn cassette slips exactly like that; the small cogs wear first.</p>
<div class="post-actions"><a href="#">Share</a> <a href="#">Report</a></div></div>
<div class="answer a2"><span class="author">tam</span> <time datetime="2024-04-03">3 Apr</time>
<p>Check the derailleur hanger too: a bent hanger makes the chain jump under load.</p>
<div class="post-actions"><a href="#">Share</a> <a href="#">Report</a></div></div>
</div><footer>About us · Terms</footer></body></html>`

// TestPosts finds the question and both answers, in order, with their
// authors and without the share and report links.
func TestPosts(t *testing.T) {
	posts := Posts(parse(t, thread))
	if len(posts) != 3 {
		t.Fatalf("got %d posts, want the question and 2 answers: %q", len(posts), ThreadText(posts))
	}
	for i, want := range []string{"olek", "ria", "tam"} {
		if !strings.HasPrefix(posts[i].Text, want) {
			t.Errorf("post %d starts %q, want its author %q", i, posts[i].Text, want)
		}
		if strings.Contains(posts[i].Text, "Report") {
			t.Errorf("post %d keeps its controls: %q", i, posts[i].Text)
		}
	}
	if text := ThreadText(posts); strings.Contains(text, "Terms") || strings.Contains(text, "New") {
		t.Errorf("thread text keeps the page chrome: %q", text)
	}
}

// TestPostsNone gives nil on an article: its paragraphs are not posts.
func TestPostsNone(t *testing.T) {
	doc := parse(t, `<html><body><article><h1>T</h1><p>One paragraph with enough words to count as text here.</p>
<p>Another paragraph with enough words to count as text here.</p></article></body></html>`)
	if posts := Posts(doc); posts != nil {
		t.Errorf("got %d posts in an article", len(posts))
	}
}

const grid = `<html><body><header><a href="/">Shop</a></header><h1>Sneakers</h1>
<div class="filters"><ul><li><a href="?c=red">Red (12)</a></li><li><a href="?c=blue">Blue (4)</a></li><li><a href="?c=black">Black (20)</a></li></ul></div>
<ul class="grid">
<li class="card"><a href="/p/1">Trail Runner 3</a> <span class="price">$129</span></li>
<li class="card"><a href="/p/2">Road Runner 2</a> <span class="price">$99</span></li>
<li class="card"><a href="/p/3">Court Classic</a> <span class="price">$79</span></li>
</ul><div class="pagination"><a href="?p=2">Next page</a></div></body></html>`

// TestItems finds the three cards, not the facets or the pagination.
func TestItems(t *testing.T) {
	doc := parse(t, grid)
	items := Items(doc)
	if len(items) != 3 {
		t.Fatalf("got %d items, want 3", len(items))
	}
	want := "Sneakers\nTrail Runner 3 $129\nRoad Runner 2 $99\nCourt Classic $79"
	if got := ListText(doc, items); got != want {
		t.Errorf("ListText = %q, want %q", got, want)
	}
}

// TestPageText keeps every section and drops the chrome.
func TestPageText(t *testing.T) {
	doc := parse(t, `<html><body><header><nav><a href="/">Home</a></nav></header>
<section><h2>Repairs</h2><p>We fix bikes of every kind.</p><button>Book now</button></section>
<section><h2>Rentals</h2><p>City bikes by the day.</p></section>
<div class="cookie-banner">We use cookies</div><footer>© Bikes</footer></body></html>`)
	want := "Repairs\nWe fix bikes of every kind.\nRentals\nCity bikes by the day."
	if got := PageText(doc); got != want {
		t.Errorf("PageText = %q, want %q", got, want)
	}
}

func TestMerge(t *testing.T) {
	tests := []struct{ base, extra, want string }{
		{"one two three", "one two three\nfour five", "one two three\n\nfour five"},
		{"one two three", "one two four", "one two three"}, // one new word of three
		{"", "a b", "a b"},
		{"a b", "", "a b"},
	}
	for _, tt := range tests {
		if got := Merge(tt.base, tt.extra); got != tt.want {
			t.Errorf("Merge(%q, %q) = %q, want %q", tt.base, tt.extra, got, tt.want)
		}
	}
}
