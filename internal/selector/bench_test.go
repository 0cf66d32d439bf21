package selector_test

import (
	"path/filepath"
	"testing"

	"github.com/andybalholm/cascadia"
	"github.com/artext/artext/internal/selector"
)

// BenchmarkMatchAll compares MatchAll with cascadia's own MatchAll on a
// real page of the golden tests, for a simple selector, a chain of
// descendant combinators and a pseudo-class that walks descendants.
func BenchmarkMatchAll(b *testing.B) {
	pages, _ := filepath.Glob("../../testdata/golden/*.html")
	if len(pages) == 0 {
		b.Skip("no golden pages")
	}
	doc := parseFile(b, pages[0])
	for _, text := range []string{".newsletter, aside", "body div div div p", "div:has(p, img)"} {
		s, err := selector.Compile(text)
		if err != nil {
			b.Fatal(err)
		}
		c := cascadia.MustCompile(text)
		b.Run("selector/"+text, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := s.MatchAll(doc); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run("cascadia/"+text, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				c.MatchAll(doc)
			}
		})
	}
}
