package render

import (
	"regexp"
	"strings"
	"sync"

	"github.com/microcosm-cc/bluemonday"
	"golang.org/x/net/html"
)

// htmlPolicy is the allowlist the HTML output passes through: the
// structure and formatting of an article, links and images, and nothing that
// runs or submits: no script, style, iframe, object, embed or form, no on*
// attributes, no javascript: URLs, no data: URLs but images.
var htmlPolicy = sync.OnceValue(func() *bluemonday.Policy {
	p := bluemonday.UGCPolicy()
	p.AllowDataURIImages()
	p.AllowAttrs("id").Matching(regexp.MustCompile(`^[\w-]+$`)).Globally()
	p.RequireNoReferrerOnLinks(false)
	p.RequireNoFollowOnLinks(false)
	return p
})

// HTMLFromTree renders the article under root as sanitised HTML, through
// an allowlist of elements and attributes. Sanitize root first: the
// allowlist keeps the text of what it removes.
func HTMLFromTree(root *html.Node) (string, error) {
	var sb strings.Builder
	if err := html.Render(&sb, root); err != nil {
		return "", err
	}
	return strings.TrimSpace(htmlPolicy().Sanitize(sb.String())), nil
}
