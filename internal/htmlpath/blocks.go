package htmlpath

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/artext/artext/boilerplate"
	"github.com/artext/artext/internal/document"
	"github.com/artext/artext/internal/htmlutil"
	"github.com/artext/artext/internal/textutil"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// splitBlocks divides the article under root into blocks, in document
// order: each block holds the nodes of its text, one element or a run of
// inline siblings inside a larger element, and the list it is an item of.
func splitBlocks(root *html.Node) []document.Block {
	var s blockSplitter
	s.container(root, blockContext{kind: boilerplate.Paragraph})
	return s.blocks
}

type blockContext struct {
	kind     boilerplate.Kind
	inList   bool
	inFigure bool
	list     *html.Node
}

type blockSplitter struct {
	blocks []document.Block
	run    []*html.Node
}

// container splits the children of n: runs of inline content between block
// children become blocks of kind ctx.kind.
func (s *blockSplitter) container(n *html.Node, ctx blockContext) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && htmlutil.IsSkipped(c.DataAtom) {
			continue
		}
		if c.Type == html.ElementNode && htmlutil.IsBlockElement(c.DataAtom) {
			s.flush(ctx)
			s.element(c, ctx)
			continue
		}
		if c.Type == html.TextNode || c.Type == html.ElementNode {
			s.run = append(s.run, c)
		}
	}
	s.flush(ctx)
}

// element splits the block element n.
func (s *blockSplitter) element(n *html.Node, ctx blockContext) {
	switch n.DataAtom {
	case atom.Ul, atom.Ol, atom.Dl, atom.Menu, atom.Dir:
		ctx.inList, ctx.list = true, n
	case atom.Figure:
		ctx.inFigure = true
	}
	kind, leaf := blockKind(n, ctx)
	if leaf && !hasBlockChild(n) {
		s.add(kind, []*html.Node{n}, ctx)
		return
	}
	if n.DataAtom == atom.Tr && !hasBlockGrandchild(n) {
		s.add(boilerplate.TableCell, []*html.Node{n}, ctx)
		return
	}
	ctx.kind = kind
	s.container(n, ctx)
}

// blockKind returns the kind of block the element n makes, and whether it
// is a leaf: an element whose whole content is one block unless it holds
// other block elements.
func blockKind(n *html.Node, ctx blockContext) (boilerplate.Kind, bool) {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return boilerplate.Heading, true
	case atom.Li, atom.Dt, atom.Dd:
		return boilerplate.ListItem, true
	case atom.Figcaption, atom.Caption:
		return boilerplate.Caption, true
	case atom.Pre:
		return boilerplate.Code, true
	case atom.Blockquote:
		return boilerplate.Quote, true
	case atom.P:
		return ctx.kind, true
	case atom.Td, atom.Th:
		return boilerplate.TableCell, true
	}
	return ctx.kind, false
}

func (s *blockSplitter) flush(ctx blockContext) {
	if len(s.run) == 0 {
		return
	}
	run := s.run
	s.run = nil
	s.add(ctx.kind, run, ctx)
}

func (s *blockSplitter) add(kind boilerplate.Kind, nodes []*html.Node, ctx blockContext) {
	text := nodesText(nodes, kind == boilerplate.Code)
	if text == "" {
		return
	}
	s.blocks = append(s.blocks, document.Block{
		Block: boilerplate.Block{Text: text, Kind: kind, InList: ctx.inList, InFigure: ctx.inFigure},
		Nodes: nodes,
		List:  ctx.list,
	})
}

func hasBlockChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && htmlutil.IsBlockElement(c.DataAtom) {
			return true
		}
	}
	return false
}

// hasBlockGrandchild reports whether a table row holds block elements in
// its cells, as layout tables do.
func hasBlockGrandchild(tr *html.Node) bool {
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && hasBlockChild(c) {
			return true
		}
	}
	return false
}

// nodesText returns the text a reader sees in nodes: white space collapsed
// (kept as is when pre is set), <br> as a line break, the cells of a table
// row separated by " | ".
func nodesText(nodes []*html.Node, pre bool) string {
	var b textBuilder
	b.pre = pre
	for _, n := range nodes {
		b.node(n)
	}
	return b.String()
}

type textBuilder struct {
	sb         strings.Builder
	pre        bool
	space      bool // a space is pending
	cellsInRow int
}

func (b *textBuilder) node(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		b.text(n.Data)
	case html.ElementNode:
		if htmlutil.IsSkipped(n.DataAtom) {
			return
		}
		switch n.DataAtom {
		case atom.Br:
			b.newline()
			return
		case atom.Td, atom.Th:
			if b.cellsInRow > 0 {
				b.write(" | ")
			}
			b.cellsInRow++
		case atom.Tr:
			b.cellsInRow = 0
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			b.node(c)
		}
		if htmlutil.IsBlockElement(n.DataAtom) && n.DataAtom != atom.Td && n.DataAtom != atom.Th {
			b.space = b.sb.Len() > 0
		}
	}
}

func (b *textBuilder) text(s string) {
	if b.pre {
		b.sb.WriteString(s)
		return
	}
	if s == "" {
		return
	}
	if textutil.IsCollapsed(s) {
		// What the loop below would write, word by word.
		b.write(s)
		return
	}
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	for i, rest := 0, s; ; i++ {
		var f string
		if f, rest = textutil.NextField(rest); f == "" {
			break
		}
		if i > 0 || unicode.IsSpace(first) {
			b.space = true
		}
		b.write(f)
	}
	if unicode.IsSpace(last) {
		b.space = true
	}
}

func (b *textBuilder) write(s string) {
	if b.space && b.sb.Len() > 0 {
		last := b.sb.String()[b.sb.Len()-1]
		if last != '\n' && last != ' ' {
			b.sb.WriteByte(' ')
		}
	}
	b.space = false
	b.sb.WriteString(s)
}

func (b *textBuilder) newline() {
	b.space = false
	if b.sb.Len() > 0 {
		b.sb.WriteByte('\n')
	}
}

func (b *textBuilder) String() string {
	if b.pre {
		return strings.Trim(b.sb.String(), "\n")
	}
	return strings.TrimSpace(b.sb.String())
}
