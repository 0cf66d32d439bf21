package pagekind

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/artext/artext/extract"
	"github.com/artext/artext/extract/eval"
	"github.com/artext/artext/internal/devpages"
	_ "github.com/artext/artext/internal/golden" // defines -update for go test ./... -update
	"github.com/artext/artext/internal/pagetype"
)

// devPage is a dev page with artext's text and the page type the
// classifier gives it.
type devPage struct {
	devpages.Page
	artext  string
	guessed pagetype.Type
}

var (
	devOnce sync.Once
	dev     []devPage
)

// loadDev extracts every dev page with artext once per test run.
func loadDev(t *testing.T) []devPage {
	dir := devpages.Find(t)
	devOnce.Do(func() {
		pages := devpages.Load(t, dir)
		dev = make([]devPage, len(pages))
		cache := readCache()
		var wg sync.WaitGroup
		next := make(chan int)
		for range 2 {
			wg.Go(func() {
				for i := range next {
					p := pages[i]
					text, ok := cache[p.ID]
					if !ok {
						a, _ := extract.FromBytes(context.Background(), p.Raw, extract.Options{URL: p.Page.URL})
						if a != nil {
							text = a.Text
						}
					}
					dev[i] = devPage{Page: p, artext: text, guessed: pagetype.Classify(p.Doc, p.URL).Type}
				}
			})
		}
		for i := range pages {
			next <- i
		}
		close(next)
		wg.Wait()
		writeCache(dev)
	})
	return dev
}

// The texts artext extracts can be kept between runs in the file that
// $ARTEXT_DEV_CACHE names, to measure strategies faster while they change;
// delete it when extraction changes.
func readCache() map[string]string {
	m := map[string]string{}
	if path := os.Getenv("ARTEXT_DEV_CACHE"); path != "" {
		if data, err := os.ReadFile(path); err == nil {
			json.Unmarshal(data, &m)
		}
	}
	return m
}

func writeCache(pages []devPage) {
	path := os.Getenv("ARTEXT_DEV_CACHE")
	if path == "" {
		return
	}
	m := map[string]string{}
	for _, p := range pages {
		m[p.ID] = p.artext
	}
	data, _ := json.Marshal(m)
	os.WriteFile(path, data, 0o644)
}

// strategy is a way to get a page's main content.
type strategy struct {
	name string
	text func(p devPage) string
}

// halfScores holds the mean word F1 of a strategy on the odd and even
// pages of a type.
type halfScores struct {
	odd, even, all float64
	n              int
}

func measureOn(pages []devPage, keep func(devPage) bool, s strategy) halfScores {
	var sums [2]float64
	var counts [2]int
	for _, p := range pages {
		if !keep(p) {
			continue
		}
		f := eval.ScoreWords(s.text(p), p.Truth).F1
		i := 0
		if p.Odd {
			i = 1
		}
		sums[i] += f
		counts[i]++
	}
	h := halfScores{n: counts[0] + counts[1]}
	if counts[1] > 0 {
		h.odd = sums[1] / float64(counts[1])
	}
	if counts[0] > 0 {
		h.even = sums[0] / float64(counts[0])
	}
	if h.n > 0 {
		h.all = (sums[0] + sums[1]) / float64(h.n)
	}
	return h
}

func artext(p devPage) string { return p.artext }

// orArtext uses a strategy's text, or artext's when it gives none.
func orArtext(f func(devPage) string) func(devPage) string {
	return func(p devPage) string {
		if t := f(p); t != "" {
			return t
		}
		return p.artext
	}
}

var strategies = []strategy{
	{"artext", artext},
	{"page text", func(p devPage) string { return PageText(p.Doc) }},
	{"posts", orArtext(func(p devPage) string { return ThreadText(Posts(p.Doc)) })},
	{"items", orArtext(func(p devPage) string {
		if items := Items(p.Doc); items != nil {
			return ListText(p.Doc, items)
		}
		return ""
	})},
	{"artext+posts", func(p devPage) string { return Merge(p.artext, ThreadText(Posts(p.Doc))) }},
	{"artext+items", func(p devPage) string {
		if items := Items(p.Doc); items != nil {
			return Merge(p.artext, ListText(p.Doc, items))
		}
		return p.artext
	}},
	{"artext+page", func(p devPage) string { return Merge(p.artext, PageText(p.Doc)) }},
	{"routed(true)", func(p devPage) string {
		t, _ := pagetype.Parse(p.Type)
		return Route(t, p.Doc, p.artext)
	}},
	{"routed(guess)", func(p devPage) string { return Route(p.guessed, p.Doc, p.artext) }},
}

// TestRouted measures, over all dev pages, artext alone against the
// strategy each page's type selects, with the true type and with the
// classifier's (whose model was fitted on these pages: an optimistic
// figure for its part).
func TestRouted(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts every dev page")
	}
	pages := loadDev(t)
	all := func(devPage) bool { return true }
	var b strings.Builder
	for _, name := range []string{"artext", "routed(true)", "routed(guess)"} {
		for _, s := range strategies {
			if s.name == name {
				h := measureOn(pages, all, s)
				fmt.Fprintf(&b, "%-14s %5d odd %.4f even %.4f all %.4f\n", s.name, h.n, h.odd, h.even, h.all)
			}
		}
	}
	var right int
	for _, p := range pages {
		if p.guessed.String() == p.Type {
			right++
		}
	}
	fmt.Fprintf(&b, "page type right on %d of %d pages\n", right, len(pages))
	t.Log("\n" + b.String())
}

// TestStrategies measures each strategy on the pages of each type of the
// WCXB dev split, on the odd and the even ids, with artext's text as the
// reference. It runs with -v and asserts nothing but that it ran: the
// figures are for the plan.
func TestStrategies(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts every dev page")
	}
	pages := loadDev(t)
	var b strings.Builder
	fmt.Fprintf(&b, "%-14s %-12s %5s %7s %7s %7s\n", "type", "strategy", "pages", "odd", "even", "all")
	for _, typ := range pagetype.Types() {
		keep := func(p devPage) bool { return p.Type == typ.String() }
		for _, s := range strategies {
			h := measureOn(pages, keep, s)
			fmt.Fprintf(&b, "%-14s %-12s %5d %7.4f %7.4f %7.4f\n", typ, s.name, h.n, h.odd, h.even, h.all)
		}
	}
	t.Log("\n" + b.String())
}

// worstPages lists the pages of a type where a strategy does worst, for
// the failure analysis.
func worstPages(pages []devPage, typ string, s strategy, n int) []string {
	type row struct {
		id string
		f  float64
	}
	var rows []row
	for _, p := range pages {
		if p.Type == typ {
			rows = append(rows, row{p.ID, eval.ScoreWords(s.text(p), p.Truth).F1})
		}
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].f < rows[j].f })
	var out []string
	for _, r := range rows[:min(n, len(rows))] {
		out = append(out, fmt.Sprintf("%s %.2f", r.id, r.f))
	}
	return out
}

// TestDump writes, when $ARTEXT_DEV_DUMP names a file, every dev page's
// text by the strategy $ARTEXT_DEV_STRATEGY with its truth, as JSON, for
// reading the failures page by page.
func TestDump(t *testing.T) {
	path, name := os.Getenv("ARTEXT_DEV_DUMP"), os.Getenv("ARTEXT_DEV_STRATEGY")
	if path == "" {
		t.Skip("set ARTEXT_DEV_DUMP and ARTEXT_DEV_STRATEGY")
	}
	var s *strategy
	for i := range strategies {
		if strategies[i].name == name {
			s = &strategies[i]
		}
	}
	if s == nil {
		t.Fatalf("no strategy %q", name)
	}
	type rec struct{ ID, Type, URL, Text, Truth, Err string }
	var out []rec
	for _, p := range loadDev(t) {
		out = append(out, rec{ID: p.ID, Type: p.Type, URL: p.Page.Page.URL, Text: s.text(p), Truth: p.Truth})
	}
	data, err := json.Marshal(out)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}
