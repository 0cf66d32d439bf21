package eval_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/artext/artext/extract/eval"
)

const page = `<!DOCTYPE html><html><head><title>T</title></head><body>
<nav>Home | News | Sport</nav>
<article><p>The first paragraph of the article tells what happened, where and when, in plain words.</p>
<p>The second paragraph adds what people said about it, and what will happen next week in town.</p>
<p>The third paragraph ends the article with a short note on the history of the place.</p></article>
</body></html>`

// TestRunSnippets runs a snippet set of two pages, one of them missing.
func TestRunSnippets(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "html", "a.html"), page)
	writeFile(t, filepath.Join(dir, "cases.json"), `[
	{"file": "a.html", "url": "https://example.com/a", "with": ["what happened, where and when", "history of the place"], "without": ["Home | News"]},
	{"file": "gone.html", "with": ["anything"], "without": []}
	]`)
	set, err := eval.LoadSet(filepath.Join(dir, "cases.json"), "")
	if err != nil {
		t.Fatal(err)
	}
	r := eval.Run(context.Background(), set, eval.Config{Jobs: 2})
	if r.Pages != 2 || r.Failed != 1 {
		t.Errorf("pages %d failed %d, want 2 and 1", r.Pages, r.Failed)
	}
	if *r.Counts != (eval.Counts{TP: 2, FN: 1, TN: 1}) {
		t.Errorf("counts = %+v", *r.Counts)
	}
	if w := r.Worst(1); len(w) != 1 || w[0].Page.ID != "gone.html" {
		t.Errorf("worst = %+v, want gone.html", w)
	}
}

// TestRunFullText runs a full-text truth set and a folder of page pairs.
func TestRunFullText(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "p1.html"), page)
	writeFile(t, filepath.Join(dir, "truth.json"), `{"p1": {"articleBody": "The first paragraph of the article tells what happened, where and when, in plain words. The second paragraph adds what people said about it, and what will happen next week in town. The third paragraph ends the article with a short note on the history of the place."}}`)
	set, err := eval.LoadSet(filepath.Join(dir, "truth.json"), "")
	if err != nil {
		t.Fatal(err)
	}
	r := eval.Run(context.Background(), set, eval.Config{Jobs: 1})
	if r.Kind != eval.FullText || r.Precision != 1 || r.Recall != 1 || r.Accuracy != 1 {
		t.Errorf("report = %+v, want a perfect score", r)
	}

	pairs := t.TempDir()
	writeFile(t, filepath.Join(pairs, "one", "source.html"), page)
	writeFile(t, filepath.Join(pairs, "one", "expected.html"), "<div><p>The first paragraph of the article tells what happened, where and when, in plain words.</p></div>")
	set, err = eval.LoadSet(pairs, "")
	if err != nil {
		t.Fatal(err)
	}
	r = eval.Run(context.Background(), set, eval.Config{Jobs: 1})
	if r.Recall != 1 || r.Precision >= 1 {
		t.Errorf("pairs: precision %.3f recall %.3f, want recall 1 and precision below 1", r.Precision, r.Recall)
	}
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
