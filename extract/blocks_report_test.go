package extract_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/artext/artext/boilerplate"
	"github.com/artext/artext/extract"
)

const storyPage = `<!DOCTYPE html>
<html lang="en"><head><title>A story</title></head>
<body><article>
<h1>A story</h1>
<p>The first paragraph of the story is long enough for readability to take the page for an article, with words enough to count.</p>
<p>Advertisement</p>
<p>A second paragraph tells the rest of the story, with more words that a reader would want to keep in the text of the article.</p>
<p>Share this article</p>
</article></body></html>`

// JudgeBlocks shows every block of a page with the decision of the rules
// on it, the blocks kept included.
func ExampleJudgeBlocks() {
	blocks, _, err := extract.JudgeBlocks(context.Background(), strings.NewReader(storyPage), extract.Options{})
	if err != nil {
		panic(err)
	}
	for _, b := range blocks {
		verdict := "keep"
		if r := b.Decision.Rule; r != nil {
			verdict = string(b.Decision.Action) + " by " + r.ID
		}
		fmt.Printf("%-30s %s\n", verdict, b.Text[:min(len(b.Text), 30)])
	}
	// Output:
	// keep                           The first paragraph of the sto
	// drop by advertisement-label    Advertisement
	// keep                           A second paragraph tells the r
	// drop by share-this             Share this article
}

// TestJudgeBlocksText: a text input is judged too, with the rules given.
func TestJudgeBlocksText(t *testing.T) {
	rules, err := boilerplate.Parse("t.yaml", []byte("category: x\nrules:\n  - id: hello\n    phrase: Hello there\n"))
	if err != nil {
		t.Fatal(err)
	}
	text := "Hello there\n\nA line of the story that is long enough to be a paragraph of its own, with words.\n"
	blocks, a, err := extract.JudgeBlocks(context.Background(), strings.NewReader(text), extract.Options{InputFormat: extract.InputText, Rules: rules})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, b := range blocks {
		if strings.TrimSpace(b.Text) == "Hello there" {
			found = true
			if b.Decision.Rule == nil || b.Decision.Rule.ID != "hello" {
				t.Errorf("%q decided by %v, want hello", b.Text, b.Decision.Rule)
			}
		} else if !b.Decision.Kept() {
			t.Errorf("%q removed by %v", b.Text, b.Decision.Rule)
		}
	}
	if !found {
		t.Errorf("no block \"Hello there\" among %+v", blocks)
	}
	if strings.Contains(a.Text, "Hello there") {
		t.Errorf("text: %q", a.Text)
	}
}

// TestDefaultRulesConcurrent extracts pages on several goroutines at once
// with the shared default rules, which compile their patterns and build
// their index at first use (run with -race).
func TestDefaultRulesConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			a, err := extract.FromBytes(context.Background(), []byte(storyPage), extract.Options{})
			if err != nil || strings.Contains(a.Text, "Share this article") {
				t.Errorf("%v, %q", err, a.Text)
			}
		})
	}
	wg.Wait()
}
