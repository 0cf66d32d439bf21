package pagekind

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"math"
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

// measureFlag turns on the measurements on the WCXB dev pages: they
// extract all 1,497 pages (three minutes on two cores).
var measureFlag = flag.Bool("wcxb", false, "measure the strategies on the WCXB dev pages")

var (
	devOnce sync.Once
	dev     []devPage
)

// loadDev extracts every dev page with artext once per test run.
func loadDev(t *testing.T) []devPage {
	if !*measureFlag {
		t.Skip("run with -wcxb to measure on the WCXB dev pages")
	}
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
	pages := loadDev(t)
	all := func(devPage) bool { return true }
	var b strings.Builder
	scores := map[string]halfScores{}
	for _, name := range []string{"artext", "routed(true)", "routed(guess)"} {
		for _, s := range strategies {
			if s.name == name {
				h := measureOn(pages, all, s)
				scores[name] = h
				fmt.Fprintf(&b, "%-14s %5d odd %.4f even %.4f all %.4f\n", s.name, h.n, h.odd, h.even, h.all)
			}
		}
	}
	if r, a := scores["routed(guess)"], scores["artext"]; r.odd <= a.odd || r.even <= a.even {
		t.Errorf("routing by the classifier's type does not beat artext on both halves: %+v against %+v", r, a)
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

// kept names the strategy Route uses for each type, which must beat
// artext's text on both halves of the type's dev pages.
var kept = map[pagetype.Type]string{
	pagetype.Forum: "posts", pagetype.Product: "artext+page", pagetype.Collection: "artext+page",
	pagetype.Listing: "artext+page", pagetype.Service: "artext+page",
}

// TestStrategies measures each strategy on the pages of each type of the
// WCXB dev split, on the odd and the even ids, with artext's text as the
// reference (go test -run TestStrategies -v -wcxb), and fails when a
// strategy that Route uses does not beat artext on both halves.
func TestStrategies(t *testing.T) {
	pages := loadDev(t)
	var b strings.Builder
	fmt.Fprintf(&b, "%-14s %-12s %5s %7s %7s %7s\n", "type", "strategy", "pages", "odd", "even", "all")
	for _, typ := range pagetype.Types() {
		keep := func(p devPage) bool { return p.Type == typ.String() }
		base := measureOn(pages, keep, strategies[0])
		for _, s := range strategies {
			h := measureOn(pages, keep, s)
			fmt.Fprintf(&b, "%-14s %-12s %5d %7.4f %7.4f %7.4f\n", typ, s.name, h.n, h.odd, h.even, h.all)
			if kept[typ] == s.name && (h.odd <= base.odd || h.even <= base.even) {
				t.Errorf("%s: %s scores %.4f / %.4f on odd / even ids, artext %.4f / %.4f", typ, s.name, h.odd, h.even, base.odd, base.even)
			}
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

// TestNoscript measures artext on the documents parsed with scripting
// off, where the content of <noscript> is elements (a Discourse forum
// keeps its whole thread there), against artext on the raw page.
func TestNoscript(t *testing.T) {
	pages := loadDev(t)
	texts := make([]string, len(pages))
	for i, p := range pages {
		a, _ := extract.FromNode(context.Background(), p.Doc, extract.Options{URL: p.Page.Page.URL})
		if a != nil {
			texts[i] = a.Text
		}
	}
	index := map[string]int{}
	for i, p := range pages {
		index[p.ID] = i
	}
	noscript := strategy{"artext(noscript)", func(p devPage) string { return texts[index[p.ID]] }}
	var b strings.Builder
	for _, typ := range pagetype.Types() {
		keep := func(p devPage) bool { return p.Type == typ.String() }
		for _, s := range []strategy{{"artext", artext}, noscript} {
			h := measureOn(pages, keep, s)
			fmt.Fprintf(&b, "%-14s %-18s %5d %7.4f %7.4f %7.4f\n", typ, s.name, h.n, h.odd, h.even, h.all)
		}
	}
	t.Log("\n" + b.String())
}

// TestConfidence makes an early measurement of signals a confidence could
// be computed from at extraction time: their rank correlation (Spearman)
// with each page's word F1 of the routed text, and the mean F1 of the
// pages a signal puts at 0.8 or more.
func TestConfidence(t *testing.T) {
	pages := loadDev(t)
	var f1 []float64
	signals := map[string][]float64{}
	order := []string{"type probability", "output words", "agreement", "combined", "type prior", "prior combined"}
	// The mean F1 of each type's strategy on the odd ids (TestStrategies):
	// figures fitted on the odd half, so only the even half is a fair
	// test of the signals that use them.
	prior := map[pagetype.Type]float64{pagetype.Article: 0.945, pagetype.Forum: 0.738, pagetype.Product: 0.628,
		pagetype.Collection: 0.636, pagetype.Listing: 0.706, pagetype.Documentation: 0.905, pagetype.Service: 0.793}
	var even []bool
	for _, p := range pages {
		r := pagetype.Classify(p.Doc, p.URL)
		text := Route(r.Type, p.Doc, p.artext)
		f1 = append(f1, eval.ScoreWords(text, p.Truth).F1)
		page := PageText(p.Doc)
		agree := eval.ScoreWords(p.artext, page)
		n := float64(len(eval.Words(text)))
		words := min(1, math.Log1p(n)/math.Log1p(400))
		signals["type probability"] = append(signals["type probability"], r.Confidence())
		signals["output words"] = append(signals["output words"], words)
		signals["agreement"] = append(signals["agreement"], agree.F1)
		signals["combined"] = append(signals["combined"], r.Confidence()*words*(0.5+0.5*agree.Precision))
		signals["type prior"] = append(signals["type prior"], prior[r.Type])
		signals["prior combined"] = append(signals["prior combined"], prior[r.Type]*words*(0.7+0.3*r.Confidence()))
		even = append(even, !p.Odd)
	}
	var b strings.Builder
	for _, name := range order {
		s := signals[name]
		var sum float64
		var n int
		for i, v := range s {
			if v >= 0.8 {
				sum += f1[i]
				n++
			}
		}
		var es, ef []float64
		for i := range s {
			if even[i] {
				es, ef = append(es, s[i]), append(ef, f1[i])
			}
		}
		rho := spearman(es, ef)
		fmt.Fprintf(&b, "%-17s spearman %.3f (even ids %.3f)  pages >= 0.8: %4d, mean F1 %.4f\n", name, spearman(s, f1), rho, n, sum/math.Max(1, float64(n)))
		if name == "prior combined" && rho < 0.5 {
			t.Errorf("prior combined: rank correlation %.3f on the even ids, want at least 0.5", rho)
		}
	}
	t.Log("\n" + b.String())
}

// spearman returns the rank correlation of x and y, ties ranked by their
// mean rank.
func spearman(x, y []float64) float64 {
	rx, ry := ranks(x), ranks(y)
	var mx, my float64
	for i := range rx {
		mx += rx[i] / float64(len(rx))
		my += ry[i] / float64(len(ry))
	}
	var sxy, sxx, syy float64
	for i := range rx {
		sxy += (rx[i] - mx) * (ry[i] - my)
		sxx += (rx[i] - mx) * (rx[i] - mx)
		syy += (ry[i] - my) * (ry[i] - my)
	}
	return sxy / math.Sqrt(sxx*syy)
}

func ranks(v []float64) []float64 {
	idx := make([]int, len(v))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return v[idx[a]] < v[idx[b]] })
	r := make([]float64, len(v))
	for i := 0; i < len(idx); {
		j := i
		for j+1 < len(idx) && v[idx[j+1]] == v[idx[i]] {
			j++
		}
		for k := i; k <= j; k++ {
			r[idx[k]] = float64(i+j)/2 + 1
		}
		i = j + 1
	}
	return r
}
