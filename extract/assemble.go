package extract

import (
	"context"
	"net/url"

	"github.com/artext/artext/boilerplate"
	"github.com/artext/artext/internal/document"
	"github.com/artext/artext/internal/meta"
	"github.com/artext/artext/internal/render"
	"github.com/artext/artext/internal/textutil"
)

// A path is what an input path, HTML or text, hands the shared tail: a
// document, and the work the path does on it once the boilerplate rules
// have judged its blocks.
type path interface {
	Document() *document.Document
	Settle()
}

// finish turns the document of p into the article, by the same code for
// both paths: the boilerplate rules judge the blocks the path did not
// exclude, the path settles the document, then every field of the article
// is filled from it. An article without text comes with ErrNoContent and
// what metadata was found.
func finish(ctx context.Context, p path, opts *Options, src Source, pageURL *url.URL) (*Article, error) {
	doc := p.Document()
	judge(doc, opts.rules())
	p.Settle()
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	a := &Article{URL: opts.URL, Source: src}
	setMetadata(a, &doc.Meta)
	body := bodyOf(doc)
	a.Captions = captionsOf(doc)
	if opts.Explain {
		a.Removed = removalsOf(doc)
	}
	a.Text = render.Text(body)
	if a.Text == "" {
		return a, ErrNoContent
	}
	a.WordCount = textutil.CountWords(a.Text)
	a.Language = meta.ArticleLanguage(doc.Meta.Language, a.Text)
	a.Excerpt = meta.Excerpt(doc.Meta.Description, a.Text)
	if err := renderBody(a, doc, body, opts, pageURL); err != nil {
		return nil, err
	}
	return a, ctx.Err()
}

// judge runs the boilerplate rules over the blocks of doc that nothing
// excluded before them, in the language the page declares, and records
// each decision on its block, its Marker an index into doc.Blocks.
func judge(doc *document.Document, rules *boilerplate.RuleSet) {
	judged := make([]int, 0, len(doc.Blocks))
	plain := make([]boilerplate.Block, 0, len(doc.Blocks))
	for i := range doc.Blocks {
		if doc.Blocks[i].Excluded.Reason == "" {
			judged = append(judged, i)
			plain = append(plain, doc.Blocks[i].Block)
		}
	}
	for k, d := range rules.Apply(plain, doc.Meta.Language) {
		if !d.Kept() {
			d.Marker = judged[d.Marker]
		}
		doc.Blocks[judged[k]].Decision = d
	}
}

// setMetadata sets the metadata fields of a; Excerpt, Language and the
// fields of the text are set once the text is known.
func setMetadata(a *Article, md *document.Metadata) {
	a.Title, a.Byline, a.Authors, a.SiteName = md.Title, md.Byline, md.Authors, md.SiteName
	a.CanonicalURL, a.Language = md.CanonicalURL, md.Language
	a.Published, a.PublishedRaw = md.Published, md.PublishedRaw
	a.Modified, a.ModifiedRaw = md.Modified, md.ModifiedRaw
	a.Excerpt, a.Image, a.Tags, a.Categories = md.Description, md.Image, md.Tags, md.Categories
}

// bodyOf returns the blocks of the article's body, in order.
func bodyOf(doc *document.Document) []document.Block {
	var body []document.Block
	for i := doc.Start; i < doc.End; i++ {
		if doc.Blocks[i].InBody() {
			body = append(body, doc.Blocks[i])
		}
	}
	return body
}

// captionsOf returns the article's captions in document order: those
// taken out of the page before it was split into blocks, then the blocks
// of the article that a rule or the path moved to the captions.
func captionsOf(doc *document.Document) []string {
	captions := doc.Captions
	for i := doc.Start; i < doc.End; i++ {
		b := &doc.Blocks[i]
		if b.Decision.Action == boilerplate.MoveToCaptions || b.Excluded.Action == boilerplate.MoveToCaptions {
			captions = append(captions, b.Text)
		}
	}
	return captions
}

// removalsOf returns what was left out of the article's body, for the
// explain report: what was taken out of the page before it was split
// into blocks, then every block a rule removed or the path excluded, in
// document order.
func removalsOf(doc *document.Document) []boilerplate.Removal {
	var out []boilerplate.Removal
	for _, r := range doc.Removed {
		out = append(out, r.Removal)
	}
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		switch {
		case !b.Decision.Kept():
			out = append(out, boilerplate.Removal{Rule: b.Decision.Rule.ID, Category: b.Decision.Rule.Category, Action: b.Decision.Action, Text: b.Text})
		case b.Excluded.Reason != "":
			out = append(out, boilerplate.Removal{Rule: b.Excluded.Reason, Category: "structure", Action: b.Excluded.Action, Text: b.Text})
		}
	}
	return out
}

// renderBody renders the body as Markdown and HTML, unless opts says not
// to: from the article's tree for an HTML page, sanitised first, from the
// blocks of the body for a text.
func renderBody(a *Article, doc *document.Document, body []document.Block, opts *Options, pageURL *url.URL) error {
	if doc.Root == nil {
		if !opts.NoMarkdown {
			a.Markdown = render.MarkdownFromBlocks(body)
		}
		if !opts.NoHTML {
			a.HTML = render.HTMLFromBlocks(body)
		}
		return nil
	}
	if !opts.NoHTML || !opts.NoMarkdown {
		render.Sanitize(doc.Root)
	}
	// HTML first: the Markdown converter collapses the white space of the
	// tree it converts.
	var err error
	if !opts.NoHTML {
		if a.HTML, err = render.HTMLFromTree(doc.Root); err != nil {
			return err
		}
	}
	if !opts.NoMarkdown {
		domain := ""
		if pageURL != nil {
			domain = pageURL.Host
		}
		if a.Markdown, err = render.MarkdownFromTree(doc.Root, domain); err != nil {
			return err
		}
	}
	return nil
}
