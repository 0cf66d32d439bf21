package meta

import (
	"encoding/json"
	"strconv"
	"strings"

	"golang.org/x/net/html"
)

// linkedData is what a page's JSON-LD (schema.org) says about its article.
type linkedData struct {
	headline    string
	description string
	published   string
	modified    string
	image       string
	language    string
	authors     []string // the names of Person authors
	publisher   string   // the name of the publishing Organization
	siteName    string   // the name of the WebSite
	keywords    []string
	sections    []string
}

// parseLinkedData reads the JSON-LD scripts of a page. The first object
// of an article type (Article, NewsArticle, BlogPosting, ...) in any
// script, array or @graph gives the article's fields; a page type
// (WebPage, ...) gives those it lacks. Scripts that are not valid JSON,
// even once HTML comments and CDATA markers around them are removed, are
// skipped.
func parseLinkedData(scripts []string) linkedData {
	var ld linkedData
	if len(scripts) == 0 {
		return ld
	}
	var roots []any
	ids := map[string]map[string]any{}
	for _, s := range scripts {
		var v any
		if err := json.Unmarshal([]byte(trimScript(s)), &v); err != nil {
			continue
		}
		roots = append(roots, v)
		indexIDs(v, ids, 0)
	}
	var article, page map[string]any
	for _, r := range roots {
		visitObjects(r, 0, func(o map[string]any) {
			switch kind := schemaKind(o); {
			case kind == kindArticle && article == nil:
				article = o
			case kind == kindPage && page == nil:
				page = o
			case kind == kindSite && ld.siteName == "":
				ld.siteName = ldString(o["name"])
			}
		})
	}
	for _, o := range []map[string]any{article, page} {
		if o != nil {
			ld.fill(o, ids)
		}
	}
	return ld
}

// fill sets the fields of ld that are still empty from the object o.
func (ld *linkedData) fill(o map[string]any, ids map[string]map[string]any) {
	set := func(dst *string, keys ...string) {
		for _, k := range keys {
			if *dst == "" {
				*dst = ldString(o[k])
			}
		}
	}
	set(&ld.headline, "headline", "name", "alternativeHeadline")
	set(&ld.description, "description")
	set(&ld.published, "datePublished", "dateCreated", "uploadDate")
	set(&ld.modified, "dateModified")
	set(&ld.language, "inLanguage")
	if ld.image == "" {
		ld.image = ldURL(o["image"], ids)
	}
	if len(ld.authors) == 0 {
		ld.authors = ldPersons(o["author"], ids)
		if len(ld.authors) == 0 {
			ld.authors = ldPersons(o["creator"], ids)
		}
	}
	if ld.publisher == "" {
		if p := resolveID(o["publisher"], ids); p != nil {
			ld.publisher = ldString(p["name"])
		}
	}
	if len(ld.keywords) == 0 {
		ld.keywords = ldList(o["keywords"])
	}
	if len(ld.sections) == 0 {
		ld.sections = ldList(o["articleSection"])
	}
}

// The kinds of schema.org object that matter here.
const (
	kindOther = iota
	kindArticle
	kindPage
	kindSite
)

// schemaKind classifies a JSON-LD object by its @type.
func schemaKind(o map[string]any) int {
	kind := kindOther
	for _, t := range ldStrings(o["@type"]) {
		t = strings.TrimPrefix(strings.TrimPrefix(t, "http://schema.org/"), "https://schema.org/")
		switch {
		case strings.HasSuffix(t, "Article") || t == "BlogPosting" || t == "LiveBlogPosting" ||
			t == "SocialMediaPosting" || t == "DiscussionForumPosting" || t == "Report" || t == "Review" ||
			t == "Recipe" || t == "HowTo" || t == "Thesis" || t == "CreativeWork":
			return kindArticle
		case strings.HasSuffix(t, "Page"):
			kind = kindPage
		case t == "WebSite":
			kind = kindSite
		}
	}
	return kind
}

// visitObjects calls f on every object of v, depth first, in order:
// arrays, @graph lists and nested objects included.
func visitObjects(v any, depth int, f func(map[string]any)) {
	if depth > 8 {
		return
	}
	switch v := v.(type) {
	case []any:
		for _, e := range v {
			visitObjects(e, depth+1, f)
		}
	case map[string]any:
		f(v)
		if g, ok := v["@graph"]; ok {
			visitObjects(g, depth+1, f)
		}
		for _, k := range []string{"mainEntity", "mainEntityOfPage", "hasPart"} {
			if e, ok := v[k]; ok {
				visitObjects(e, depth+1, f)
			}
		}
	}
}

// indexIDs maps the @id of every object of v to the object.
func indexIDs(v any, ids map[string]map[string]any, depth int) {
	if depth > 8 {
		return
	}
	switch v := v.(type) {
	case []any:
		for _, e := range v {
			indexIDs(e, ids, depth+1)
		}
	case map[string]any:
		if id, ok := v["@id"].(string); ok && len(v) > 1 {
			if _, seen := ids[id]; !seen {
				ids[id] = v
			}
		}
		if g, ok := v["@graph"]; ok {
			indexIDs(g, ids, depth+1)
		}
	}
}

// resolveID returns the object v is, or the one it refers to by @id.
func resolveID(v any, ids map[string]map[string]any) map[string]any {
	if arr, ok := v.([]any); ok && len(arr) > 0 {
		v = arr[0]
	}
	o, ok := v.(map[string]any)
	if !ok {
		return nil
	}
	if id, ok := o["@id"].(string); ok && len(o) == 1 {
		if full := ids[id]; full != nil {
			return full
		}
	}
	return o
}

// ldPersons returns the names of the people in an author value: a string,
// a Person object (or a reference to one), or a list of them.
// Organizations are left out: they are publishers, not authors.
func ldPersons(v any, ids map[string]map[string]any) []string {
	var names []string
	var add func(v any, depth int)
	add = func(v any, depth int) {
		switch x := v.(type) {
		case string:
			names = append(names, SplitAuthors(x)...)
		case []any:
			if depth > 2 {
				return
			}
			for _, e := range x {
				add(e, depth+1)
			}
		case map[string]any:
			o := resolveID(x, ids)
			for _, t := range ldStrings(o["@type"]) {
				if strings.HasSuffix(t, "Organization") || t == "NewsMediaOrganization" || t == "WebSite" {
					return
				}
			}
			if name := ldString(o["name"]); name != "" {
				names = append(names, SplitAuthors(name)...)
			} else if g, f := ldString(o["givenName"]), ldString(o["familyName"]); g+f != "" {
				names = append(names, strings.TrimSpace(g+" "+f))
			}
		}
	}
	add(v, 0)
	return names
}

// ldString returns v as a string: a string itself, the first string of a
// list, or the @value or name of an object.
func ldString(v any) string {
	switch x := v.(type) {
	case string:
		return collapseSpace(html.UnescapeString(x))
	case []any:
		for _, e := range x {
			if s := ldString(e); s != "" {
				return s
			}
		}
	case map[string]any:
		if s := ldString(x["@value"]); s != "" {
			return s
		}
		return ldString(x["name"])
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	}
	return ""
}

// ldStrings returns v as a list of strings.
func ldStrings(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case []any:
		var out []string
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// ldList returns a keywords or section value as a list: a list of
// strings, or one string of comma-separated items.
func ldList(v any) []string {
	var items []string
	for _, s := range ldStrings(v) {
		for _, item := range strings.Split(s, ",") {
			if item = collapseSpace(html.UnescapeString(item)); item != "" {
				items = append(items, item)
			}
		}
	}
	return items
}

// ldURL returns the URL of an image value: a string, an ImageObject (or a
// reference to one), or a list of them.
func ldURL(v any, ids map[string]map[string]any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case []any:
		for _, e := range x {
			if s := ldURL(e, ids); s != "" {
				return s
			}
		}
	case map[string]any:
		o := resolveID(x, ids)
		if s := ldString(o["url"]); s != "" {
			return s
		}
		return ldString(o["contentUrl"])
	}
	return ""
}

// trimScript removes what pages wrap JSON-LD in: white space, HTML
// comments, CDATA markers and a trailing semicolon.
func trimScript(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(s, "<!--")
	s = strings.TrimSuffix(s, "-->")
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(s, "//<![CDATA[")
	s = strings.TrimPrefix(s, "<![CDATA[")
	s = strings.TrimSuffix(s, "//]]>")
	s = strings.TrimSuffix(s, "]]>")
	s = strings.TrimSpace(s)
	return strings.TrimSuffix(s, ";")
}
