package render

import (
	"strings"
	"sync"

	"github.com/JohannesKaufmann/html-to-markdown/v2/converter"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/base"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/commonmark"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/strikethrough"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/table"
	"golang.org/x/net/html"
)

// markdownConverters hold converters from HTML to GitHub-flavoured
// Markdown: CommonMark with tables and strikethrough. A converter takes a
// lock for every node it converts, so goroutines that shared one would
// contend for it; each conversion takes a converter of its own from the
// pool instead.
var markdownConverters = sync.Pool{New: func() any {
	return converter.NewConverter(converter.WithPlugins(
		base.NewBasePlugin(),
		commonmark.NewCommonmarkPlugin(),
		table.NewTablePlugin(table.WithSkipEmptyRows(true)),
		strikethrough.NewStrikethroughPlugin(),
	))
}}

// MarkdownFromTree converts the article under root to Markdown. Links are
// resolved against domain, the page's host, when they are not already
// absolute. The conversion collapses the white space of the tree it
// converts: render it as HTML first. Sanitize root before.
func MarkdownFromTree(root *html.Node, domain string) (string, error) {
	opts := []converter.ConvertOptionFunc{}
	if domain != "" {
		opts = append(opts, converter.WithDomain(domain))
	}
	conv := markdownConverters.Get().(*converter.Converter)
	md, err := conv.ConvertNode(root, opts...)
	if err != nil {
		return "", err // and conv, which keeps its error, is not put back
	}
	markdownConverters.Put(conv)
	return strings.TrimSpace(string(md)), nil
}
