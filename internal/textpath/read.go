package textpath

import (
	"github.com/artext/artext/boilerplate"
	"github.com/artext/artext/internal/document"
	"github.com/artext/artext/internal/markdown"
	"github.com/artext/artext/internal/textutil"
)

// A Page is a text on its way through the text path: its blocks, what is
// known of each, the article's extent among them, and the document it
// hands on.
type Page struct {
	out      document.Document
	pageURL  string // the page's address, which helps to find the title and the site
	blocks   []inputBlock
	features []blockFeatures
	roles    []document.Role
	markdown bool           // the input is Markdown
	counts   map[string]int // how often each line occurs, by lineKey
	// monthFirst reports whether the text writes slashed dates month first.
	monthFirst bool
	// start and end delimit the article's blocks, [start, end).
	start, end int
	meta       textMetadata
}

// Split reads text taken from a page (a page copied as text, a text
// browser's dump, or Markdown) into blocks, reading it as Markdown when it
// has Markdown's headings or fences. pageURL, the page's address when
// known, helps to find the article's title and site once the rules have
// judged the blocks (see Page.Settle).
func Split(text, pageURL string) *Page {
	lines := textutil.Lines(text)
	d := &Page{markdown: markdown.Detect(lines), pageURL: pageURL}
	if d.markdown {
		for _, b := range markdown.Split(lines) {
			d.blocks = append(d.blocks, inputBlock{text: b.Text, markdown: b.Markdown, kind: b.Kind, level: b.Level, ordered: b.Ordered,
				line: b.Start, end: b.End, blankBefore: b.BlankBefore})
		}
	} else {
		d.blocks = markCode(splitPlainBlocks(lines), lines)
	}
	d.out.Blocks = make([]document.Block, len(d.blocks))
	for i := range d.blocks {
		b := &d.blocks[i]
		b.key = lineKey(b.text)
		d.out.Blocks[i] = document.Block{
			Block:    boilerplate.Block{Text: b.text, Kind: b.kind, InList: b.kind == boilerplate.ListItem},
			Lines:    document.Lines{Start: b.line, End: b.end},
			Markdown: b.markdown,
			Level:    b.level,
			Ordered:  b.ordered,
		}
	}
	d.out.End = len(d.blocks)
	return d
}

// Document returns the text's document. Until Settle, its extent is the
// whole text and it has no metadata.
func (d *Page) Document() *document.Document { return &d.out }

// Settle reads the text's structure once the boilerplate rules have judged
// every block: it gives each block a role, finds the article as the
// densest run of prose among them (see densestRun), where readers'
// comments start, the title, byline, site name and date in the lines
// around its start, and why each block the rules kept is left out of the
// body (see exclusion). It records all this in the document.
func (d *Page) Settle() {
	d.classify()
	weights := d.weights()
	d.start, d.end = densestRun(weights)
	d.preferHeadlineRun(weights, newURLHints(d.pageURL))
	d.end = d.commentsStart()
	d.end = d.introducedListEnd()
	d.meta = findTextMetadata(d, d.pageURL)
	if t := d.meta.titleAt; t >= 0 && t < d.start {
		d.start = t // the article starts with its headline
	}
	d.exclude()
	for i, r := range d.roles {
		d.out.Blocks[i].Role = r
	}
	d.out.Start, d.out.End = d.start, d.end
	d.out.Meta = d.meta.metadata()
}

// decision returns the rules' decision on block i.
func (d *Page) decision(i int) boilerplate.Decision {
	return d.out.Blocks[i].Decision
}

// classify measures every block and gives it a role.
func (d *Page) classify() {
	d.features = make([]blockFeatures, len(d.blocks))
	d.roles = make([]document.Role, len(d.blocks))
	for i := range d.blocks {
		d.features[i] = measureBlock(&d.blocks[i])
		switch dec := d.decision(i); {
		case dec.Action == boilerplate.MoveToCaptions:
			d.roles[i] = document.Caption
		case !dec.Kept():
			d.roles[i] = document.RuleRemoved
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
func (d *Page) metadataCandidate(i int) bool {
	dec := d.decision(i)
	if dec.Kept() {
		return true
	}
	return dec.Marker == i && dec.Action == boilerplate.Drop && (dec.Rule.Category == "author" || dec.Rule.Category == "metadata")
}
