package extract

import (
	"context"
	"net/url"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
)

// fromDocumentMutating extracts the article of doc, mutating doc.
func fromDocumentMutating(ctx context.Context, doc *html.Node, opts *Options, src Source) (*Article, error) {
	pageURL := parsePageURL(opts.URL)
	meta := collectMetadata(doc, pageURL)
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	parser := readability.NewParser()
	parser.Logger = opts.logger()
	// The page's JSON-LD was read by collectMetadata already.
	parser.DisableJSONLD = true
	ra, err := parser.ParseAndMutate(doc, pageURL)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	a := &Article{URL: opts.URL, Source: src}
	meta.fill(a, &ra)
	if ra.Node == nil {
		return a, ErrNoContent
	}

	blocks := splitBlocks(ra.Node)
	kept, captions, removed := filterBlocks(blocks, opts.rules(), a.Language, opts.Explain)
	a.Captions, a.Removed = captions, removed
	a.Text = renderText(toTextBlocks(kept))
	if a.Text == "" {
		return a, ErrNoContent
	}
	a.WordCount = countWords(a.Text)
	a.Language = articleLanguage(a.Language, a.Text)
	if a.Excerpt == "" {
		a.Excerpt = firstWords(a.Text, 50)
	}

	domain := ""
	if pageURL != nil {
		domain = pageURL.Host
	}
	if !opts.NoHTML || !opts.NoMarkdown {
		sanitizeTree(ra.Node)
	}
	// HTML first: the Markdown converter collapses the white space of the
	// tree it converts.
	if !opts.NoHTML {
		if a.HTML, err = renderHTML(ra.Node); err != nil {
			return nil, err
		}
	}
	if !opts.NoMarkdown {
		if a.Markdown, err = renderMarkdown(ra.Node, domain); err != nil {
			return nil, err
		}
	}
	return a, nil
}

func toTextBlocks(blocks []htmlBlock) []textBlock {
	out := make([]textBlock, len(blocks))
	for i, b := range blocks {
		out[i] = textBlock{text: b.Text, kind: b.Kind, list: b.list}
	}
	return out
}

// parsePageURL parses the page's address, or returns nil when it is empty
// or not an absolute URL.
func parsePageURL(raw string) *url.URL {
	if raw == "" {
		return nil
	}
	u, err := url.Parse(raw)
	if err != nil || !u.IsAbs() {
		return nil
	}
	return u
}
