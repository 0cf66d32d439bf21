package extract

import (
	"context"
	"errors"
	"net/url"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/artext/artext/internal/document"
	"github.com/artext/artext/internal/htmlutil"
	"github.com/artext/artext/internal/meta"
	"github.com/artext/artext/internal/render"
	"github.com/artext/artext/internal/textutil"
	"golang.org/x/net/html"
)

// fromDocumentMutating extracts the article of doc, mutating doc.
func fromDocumentMutating(ctx context.Context, doc *html.Node, opts *Options, src Source) (*Article, error) {
	if opts.Mode == Precision {
		return fromDocumentPrecision(ctx, doc, opts, src)
	}
	return fromDocumentInMode(ctx, doc, opts, src)
}

// fromDocumentPrecision extracts in Precision mode, and in Balanced mode
// from a copy of doc when Precision mode leaves nothing: removing more is
// not worth losing the whole article.
func fromDocumentPrecision(ctx context.Context, doc *html.Node, opts *Options, src Source) (*Article, error) {
	backup := htmlutil.Clone(doc)
	a, err := fromDocumentInMode(ctx, doc, opts, src)
	if !errors.Is(err, ErrNoContent) {
		return a, err
	}
	balanced := *opts
	balanced.Mode = Balanced
	return fromDocumentInMode(ctx, backup, &balanced, src)
}

// fromDocumentInMode extracts the article of doc in opts.Mode, mutating doc.
func fromDocumentInMode(ctx context.Context, doc *html.Node, opts *Options, src Source) (*Article, error) {
	pageURL := parsePageURL(opts.URL)
	found := meta.Collect(doc, pageURL)
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	log := opts.logger()
	prep := preparePage(doc, opts.Mode, opts.Explain, log)

	parser := readability.NewParser()
	parser.Logger = log
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
	setMetadata(a, found.Decide(ra))
	setAtoms(ra.Node)
	root, blocks := prep.content(ra.Node, opts.Mode, pageURL, log)
	if root == nil {
		return a, ErrNoContent
	}

	blocks, cleaned := cleanBlocks(blocks, opts.Mode, opts.Explain)
	kept, moved, removed := filterBlocks(blocks, opts.rules(), a.Language, opts.Explain)
	kept, removed = dropEmptySections(kept, opts.Mode, opts.Explain, append(cleaned, removed...))
	a.Captions, a.Removed = append(prep.captions, moved...), append(prep.removed, removed...)
	a.Text = render.Text(toDocumentBlocks(kept))
	if a.Text == "" {
		return a, ErrNoContent
	}
	a.WordCount = textutil.CountWords(a.Text)
	a.Language = meta.ArticleLanguage(a.Language, a.Text)
	a.Excerpt = meta.Excerpt(a.Excerpt, a.Text)

	domain := ""
	if pageURL != nil {
		domain = pageURL.Host
	}
	if !opts.NoHTML || !opts.NoMarkdown {
		render.Sanitize(root)
	}
	// HTML first: the Markdown converter collapses the white space of the
	// tree it converts.
	if !opts.NoHTML {
		if a.HTML, err = render.HTMLFromTree(root); err != nil {
			return nil, err
		}
	}
	if !opts.NoMarkdown {
		if a.Markdown, err = render.MarkdownFromTree(root, domain); err != nil {
			return nil, err
		}
	}
	return a, nil
}

func toDocumentBlocks(blocks []htmlBlock) []document.Block {
	out := make([]document.Block, len(blocks))
	for i, b := range blocks {
		out[i] = document.Block{Block: b.Block, List: b.list}
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

// setMetadata sets the metadata fields of a.
func setMetadata(a *Article, md document.Metadata) {
	a.Title, a.Byline, a.Authors, a.SiteName = md.Title, md.Byline, md.Authors, md.SiteName
	a.CanonicalURL, a.Language = md.CanonicalURL, md.Language
	a.Published, a.PublishedRaw, a.Modified, a.ModifiedRaw = md.Published, md.PublishedRaw, md.Modified, md.ModifiedRaw
	a.Excerpt, a.Image, a.Tags, a.Categories = md.Description, md.Image, md.Tags, md.Categories
}
