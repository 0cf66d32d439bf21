package extract

import (
	"context"
	"strings"

	"github.com/artext/artext/boilerplate"
)

// fromText extracts the article of text taken from a page.
func fromText(ctx context.Context, text string, opts *Options, src Source) (*Article, error) {
	blocks := splitTextBlocks(text)
	plain := make([]boilerplate.Block, len(blocks))
	for i, b := range blocks {
		plain[i] = boilerplate.Block{Text: b, Kind: boilerplate.Paragraph}
	}
	a := &Article{URL: opts.URL, Source: src}
	decisions := opts.rules().Apply(plain, "")
	var kept []textBlock
	for i, d := range decisions {
		switch {
		case d.Kept():
			kept = append(kept, textBlock{text: plain[i].Text, kind: plain[i].Kind})
		case d.Action == boilerplate.MoveToCaptions:
			a.Captions = append(a.Captions, plain[i].Text)
		}
	}
	if opts.Explain {
		a.Removed = boilerplate.Removals(plain, decisions)
	}
	a.Text = renderText(kept)
	if a.Text == "" {
		return a, ErrNoContent
	}
	a.WordCount = countWords(a.Text)
	a.Markdown = a.Text
	a.Excerpt = firstWords(a.Text, 50)
	return a, ctx.Err()
}

// splitTextBlocks splits text into paragraphs at blank lines.
func splitTextBlocks(text string) []string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	var blocks []string
	for _, p := range strings.Split(text, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			blocks = append(blocks, p)
		}
	}
	return blocks
}
