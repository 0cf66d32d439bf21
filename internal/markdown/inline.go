package markdown

import (
	"regexp"
	"strings"
)

var (
	// referenceLink matches a reference link: [text][ref].
	referenceLink = regexp.MustCompile(`\[([^\]]+)\]\[[^\]]*\]`)
	// autolink matches an autolink: <https://example.com>.
	autolink = regexp.MustCompile(`<((?:https?|mailto):[^>\s]+)>`)
	// emphasis matches text in single or double stars or underscores.
	emphasis = regexp.MustCompile(`(^|[^\w*])(\*{1,3}|_{1,3})([^\s*_](?:[^*_]*[^\s*_])?)(\*{1,3}|_{1,3})`)
	// codeSpan matches inline code.
	codeSpan = regexp.MustCompile("`+([^`]+)`+")
)

// stripInline returns the text a reader sees in a line of Markdown: links
// as their text, images left out, emphasis and code marks removed,
// backslash escapes resolved, spaces collapsed.
func stripInline(s string) string {
	s = inlineLink.ReplaceAllStringFunc(s, func(m string) string {
		sub := inlineLink.FindStringSubmatch(m)
		if sub[1] == "!" {
			return ""
		}
		return sub[2]
	})
	s = referenceLink.ReplaceAllString(s, "$1")
	s = autolink.ReplaceAllString(s, "$1")
	s = codeSpan.ReplaceAllString(s, "$1")
	s = emphasis.ReplaceAllString(s, "$1$3")
	s = unescape(s)
	return strings.Join(strings.Fields(s), " ")
}

// CodeSpanIndex returns where the first code span of s stands, as
// s[loc[0]:loc[1]], or nil when s holds none.
func CodeSpanIndex(s string) (loc []int) {
	return codeSpan.FindStringIndex(s)
}

// unescape resolves the backslash escapes of ASCII punctuation.
func unescape(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && strings.IndexByte("\\`*_{}[]()#+-.!<>|\"'~=", s[i+1]) >= 0 {
			i++
		}
		sb.WriteByte(s[i])
	}
	return sb.String()
}
