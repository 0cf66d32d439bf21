package extract

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

// markdownConverter converts HTML to GitHub-flavoured Markdown: CommonMark
// with tables and strikethrough. It is built at first use.
var markdownConverter = sync.OnceValue(func() *converter.Converter {
	return converter.NewConverter(converter.WithPlugins(
		base.NewBasePlugin(),
		commonmark.NewCommonmarkPlugin(),
		table.NewTablePlugin(table.WithSkipEmptyRows(true)),
		strikethrough.NewStrikethroughPlugin(),
	))
})

// renderMarkdown converts the article under root to Markdown. Links are
// resolved against pageURL's domain when they are not already absolute.
func renderMarkdown(root *html.Node, domain string) (string, error) {
	opts := []converter.ConvertOptionFunc{}
	if domain != "" {
		opts = append(opts, converter.WithDomain(domain))
	}
	md, err := markdownConverter().ConvertNode(root, opts...)
	if err != nil {
		return "", err
	}
	return strings.TrimSpace(string(md)), nil
}
