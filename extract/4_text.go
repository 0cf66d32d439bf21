package extract

import (
	"context"

	"github.com/artext/artext/boilerplate"
	"github.com/artext/artext/internal/document"
	"github.com/artext/artext/internal/markdown"
	"github.com/artext/artext/internal/meta"
	"github.com/artext/artext/internal/render"
	"github.com/artext/artext/internal/textutil"
)

// textDoc is a text input on its way through the text path: its blocks,
// what is known of each, and the article's extent among them.
type textDoc struct {
	blocks    []inputBlock
	features  []blockFeatures
	roles     []blockRole
	decisions []boilerplate.Decision // the boilerplate rules' verdicts
	markdown  bool                   // the input is Markdown
	counts    map[string]int         // how often each line occurs, by lineKey
	// monthFirst reports whether the text writes slashed dates month first.
	monthFirst bool
	// start and end delimit the article's blocks, [start, end).
	start, end int
	meta       textMetadata
}

// fromText extracts the article of text taken from a page: a page copied
// as text, a text browser's dump, or Markdown.
//
// It splits the text into blocks, runs the boilerplate rules over them,
// finds the article as the densest run of prose among them, takes the
// title, byline, site name and date from the lines around its start, and
// moves photo captions out of the body.
func fromText(ctx context.Context, text string, opts *Options, src Source) (*Article, error) {
	doc := parseTextDoc(text)
	doc.applyRules(opts.rules())
	doc.classify()
	weights := doc.weights()
	doc.start, doc.end = densestRun(weights)
	doc.preferHeadlineRun(weights, newURLHints(opts.URL))
	doc.end = doc.commentsStart()
	doc.end = doc.introducedListEnd()
	doc.meta = findTextMetadata(doc, opts.URL)
	if t := doc.meta.titleAt; t >= 0 && t < doc.start {
		doc.start = t // the article starts with its headline
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	a := &Article{URL: opts.URL, Source: src}
	doc.meta.fill(a)
	body, captions := doc.body()
	a.Captions = captions
	if opts.Explain {
		a.Removed = doc.removals()
	}
	blocks := body.documentBlocks()
	a.Text = render.Text(blocks)
	if a.Text == "" {
		return a, ErrNoContent
	}
	a.WordCount = textutil.CountWords(a.Text)
	a.Excerpt = meta.Excerpt(a.Excerpt, a.Text)
	if !opts.NoMarkdown {
		a.Markdown = render.MarkdownFromBlocks(blocks)
	}
	if !opts.NoHTML {
		a.HTML = render.HTMLFromBlocks(blocks)
	}
	return a, ctx.Err()
}

// parseTextDoc splits text into blocks, reading it as Markdown when it has
// Markdown's headings or fences.
func parseTextDoc(text string) *textDoc {
	lines := textutil.Lines(text)
	doc := &textDoc{markdown: markdown.Detect(lines)}
	if doc.markdown {
		for _, b := range markdown.Split(lines) {
			doc.blocks = append(doc.blocks, inputBlock{text: b.Text, markdown: b.Markdown, kind: b.Kind, level: b.Level, ordered: b.Ordered, line: b.Start, blankBefore: b.BlankBefore})
		}
	} else {
		doc.blocks = markCode(splitPlainBlocks(lines), lines)
	}
	for i := range doc.blocks {
		doc.blocks[i].key = lineKey(doc.blocks[i].text)
	}
	return doc
}

// applyRules runs the boilerplate rules over the blocks.
func (d *textDoc) applyRules(rules *boilerplate.RuleSet) {
	d.decisions = rules.Apply(d.ruleBlocks(), "")
}

// ruleBlocks returns the blocks as the rule engine sees them.
func (d *textDoc) ruleBlocks() []boilerplate.Block {
	plain := make([]boilerplate.Block, len(d.blocks))
	for i, b := range d.blocks {
		plain[i] = boilerplate.Block{Text: b.text, Kind: b.kind, InList: b.kind == boilerplate.ListItem}
	}
	return plain
}

// classify measures every block and gives it a role.
func (d *textDoc) classify() {
	d.features = make([]blockFeatures, len(d.blocks))
	d.roles = make([]blockRole, len(d.blocks))
	for i := range d.blocks {
		d.features[i] = measureBlock(&d.blocks[i])
		switch dec := d.decisions[i]; {
		case dec.Action == boilerplate.MoveToCaptions:
			d.roles[i] = roleCaption
		case !dec.Kept():
			d.roles[i] = roleRuleRemoved
		default:
			d.roles[i] = classifyBlock(&d.blocks[i], d.features[i])
		}
	}
	d.demoteStrayProse()
}

// metadataCandidate reports whether block i may give the article's byline
// or date: it is kept, or a rule dropped it, and only it, for being a
// byline or a date line (the categories author and metadata). On a page
// such lines are noise in the body; in text they are where the metadata is.
func (d *textDoc) metadataCandidate(i int) bool {
	dec := d.decisions[i]
	if dec.Kept() {
		return true
	}
	return dec.Marker == i && dec.Action == boilerplate.Drop && (dec.Rule.Category == "author" || dec.Rule.Category == "metadata")
}

// documentBlocks returns the body as the renderers take it.
func (body textBody) documentBlocks() []document.Block {
	out := make([]document.Block, len(body))
	for i, b := range body {
		out[i] = document.Block{Block: boilerplate.Block{Text: b.text, Kind: b.kind}, Markdown: b.markdown, Level: b.level, Ordered: b.ordered}
	}
	return out
}
