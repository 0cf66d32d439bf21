package pagetype

import (
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/artext/artext/internal/devpages"
	"golang.org/x/net/html"
)

func parseFile(t testing.TB, name string) *html.Node {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(strings.NewReader(string(data)))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// TestClassify classifies small pages written to show each kind's usual
// signals.
func TestClassify(t *testing.T) {
	tests := []struct {
		file, url string
		want      Type
	}{
		{"forum-thread.html", "https://bikes.example/t/bike-chain-keeps-slipping/4411", Forum},
		{"product-page.html", "https://stride.example/products/trail-runner-3", Product},
		{"docs-page.html", "https://widget.example/docs/2.4/configuration", Documentation},
		{"news-article.html", "https://valley.example/local/2024/05/01/town-opens-its-first-public-library", Article},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			u, _ := url.Parse(tt.url)
			r := Classify(parseFile(t, tt.file), u)
			if r.Type != tt.want {
				t.Errorf("got %v, want %v (scores %.2f)", r, tt.want, r.Scores)
			}
			var sum float64
			for _, p := range r.Scores {
				sum += p
			}
			if len(r.Scores) != len(Types()) || sum < 0.999 || sum > 1.001 {
				t.Errorf("scores %v do not sum to 1 over the %d types", r.Scores, len(Types()))
			}
		})
	}
}

// TestClassifyWithoutURL works on the document alone.
func TestClassifyWithoutURL(t *testing.T) {
	if r := Classify(parseFile(t, "product-page.html"), nil); r.Type != Product {
		t.Errorf("got %v, want product", r)
	}
}

func TestClassWords(t *testing.T) {
	tests := map[string][]string{
		"product-card__price": {"product", "card", "price"},
		"postBody":            {"post", "body"},
		"js-reply-btn x":      {"js", "reply", "btn"},
		"ABC":                 {"abc"},
		"":                    nil,
	}
	for in, want := range tests {
		if got := classWords(in); !slices.Equal(got, want) {
			t.Errorf("classWords(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCountPrices(t *testing.T) {
	tests := map[string]int{
		"$12.99":              1,
		"From € 9,99 to 12 €": 2,
		"£1,200 or 20.00 USD": 1,
		"12.00 USD":           1,
		"costs $ and cents":   0,
		"version 2.4":         0,
	}
	for in, want := range tests {
		if got := countPrices(in); got != want {
			t.Errorf("countPrices(%q) = %d, want %d", in, got, want)
		}
	}
}

func TestReadURL(t *testing.T) {
	u, _ := url.Parse("https://x.example/forum/t/how-to-fix-a-leaking-tap/12345?page=2")
	s := readURL(u)
	if s.hits[pathForum] != 2 || s.slugWords != 1 || !s.numericID || !s.query || s.root || s.depth != 4 {
		t.Errorf("readURL = %+v", s)
	}
	root, _ := url.Parse("https://x.example/")
	if s := readURL(root); !s.root || s.depth != 0 {
		t.Errorf("root: %+v", s)
	}
}

func TestTypeNames(t *testing.T) {
	for _, typ := range Types() {
		if got, ok := Parse(typ.String()); !ok || got != typ {
			t.Errorf("Parse(%q) = %v, %v", typ.String(), got, ok)
		}
	}
	if _, ok := Parse("recipe"); ok {
		t.Error("Parse accepted an unknown type")
	}
}

// BenchmarkClassify classifies a small product page.
func BenchmarkClassify(b *testing.B) {
	doc := parseFile(b, "product-page.html")
	u, _ := url.Parse("https://stride.example/products/trail-runner-3")
	b.ReportAllocs()
	for b.Loop() {
		Classify(doc, u)
	}
}

// BenchmarkClassifyDev classifies the first 100 WCXB dev pages per
// iteration, when they are there: the cost on real pages.
func BenchmarkClassifyDev(b *testing.B) {
	pages := devpages.Load(b, devpages.Find(b))[:100]
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			Classify(p.Doc, p.URL)
		}
	}
}
