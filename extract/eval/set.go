package eval

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"golang.org/x/net/html"
)

// Kind is the kind of annotation an evaluation set carries.
type Kind string

// The kinds of evaluation set.
const (
	Snippets Kind = "snippets" // with and without snippets per page
	FullText Kind = "fulltext" // the whole article body per page
	WCXB     Kind = "wcxb"     // WCXB's main content, page type and metadata per page
)

// Page is one page of an evaluation set.
type Page struct {
	// ID names the page in reports: its file name or truth id.
	ID string `json:"id"`
	// Path is the page's file.
	Path string `json:"path"`
	// URL is the page's address, when known.
	URL string `json:"url,omitempty"`
	// Case holds the page's snippets and metadata, in a snippet set.
	Case *Case `json:"-"`
	// Truth is the page's article body, in a full-text set, or its main
	// content, in a WCXB set.
	Truth string `json:"-"`
	// Type is the page's kind (article, forum, product, ...), in a WCXB set.
	Type string `json:"type,omitempty"`
	// Expected is the page's annotated metadata, in a WCXB set.
	Expected *Metadata `json:"-"`
}

// Set is an evaluation set: pages and their annotations.
type Set struct {
	Kind  Kind
	Pages []Page
}

// LoadSet reads the annotations at path and finds their pages in pagesDir.
// path may be:
//   - a JSON list of snippet cases (see [Case]);
//   - a JSON object of full-text truth (see [Truth]);
//   - a folder of page folders each holding source.html and expected.html,
//     as in the Readability.js test suite: the text of expected.html is the
//     truth for source.html;
//   - a folder in the layout of the WCXB benchmark, html/<id>.html.gz and
//     ground-truth/<id>.json (see [LoadWCXB]).
//
// pagesDir defaults to the folder "html" beside the annotations file, or
// the file's own folder when there is no such folder. A case whose file is
// missing there is looked for with the extension .txt instead, so that the
// same cases score text renderings of the pages.
func LoadSet(path, pagesDir string) (*Set, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if st.IsDir() {
		if IsWCXB(path) {
			return LoadWCXB(path)
		}
		return loadPairs(path)
	}
	if pagesDir == "" {
		pagesDir = filepath.Join(filepath.Dir(path), "html")
		if st, err := os.Stat(pagesDir); err != nil || !st.IsDir() {
			pagesDir = filepath.Dir(path)
		}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	switch first := firstNonSpace(data); first {
	case '[':
		cases, err := LoadCases(path)
		if err != nil {
			return nil, err
		}
		set := &Set{Kind: Snippets}
		for i := range cases {
			c := &cases[i]
			set.Pages = append(set.Pages, Page{ID: c.File, Path: findPage(pagesDir, c.File), URL: c.URL, Case: c})
		}
		return set, nil
	case '{':
		truth, err := LoadTruth(path)
		if err != nil {
			return nil, err
		}
		ids := make([]string, 0, len(truth))
		for id := range truth {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		set := &Set{Kind: FullText}
		for _, id := range ids {
			set.Pages = append(set.Pages, Page{ID: id, Path: findPage(pagesDir, id+".html"), Truth: truth[id].ArticleBody})
		}
		return set, nil
	}
	return nil, fmt.Errorf("%s: not a list of cases nor an object of truth", path)
}

func firstNonSpace(data []byte) byte {
	data = bytes.TrimLeft(data, " \t\r\n\xef\xbb\xbf")
	if len(data) == 0 {
		return 0
	}
	return data[0]
}

// findPage returns the path of the page named file in dir, trying the
// extension .txt and a .gz suffix when file itself is not there.
func findPage(dir, file string) string {
	want := filepath.Join(dir, file)
	base := strings.TrimSuffix(want, filepath.Ext(want))
	for _, p := range []string{want, base + ".txt", want + ".gz", base + ".txt.gz"} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	return want
}

// loadPairs reads a folder of page folders holding source.html and
// expected.html.
func loadPairs(dir string) (*Set, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	set := &Set{Kind: FullText}
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		src := filepath.Join(dir, e.Name(), "source.html")
		expected, err := os.ReadFile(filepath.Join(dir, e.Name(), "expected.html"))
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, err
		}
		if _, err := os.Stat(src); err != nil {
			continue
		}
		set.Pages = append(set.Pages, Page{ID: e.Name(), Path: src, URL: "http://fakehost/test/page.html", Truth: htmlText(expected)})
	}
	if len(set.Pages) == 0 {
		return nil, fmt.Errorf("%s: no page folders with source.html and expected.html", dir)
	}
	return set, nil
}

// htmlText returns the text content of an HTML fragment, words separated
// by spaces.
func htmlText(data []byte) string {
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return string(data)
	}
	var sb strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			sb.WriteString(n.Data)
			sb.WriteByte(' ')
		case n.Type == html.ElementNode && (n.Data == "script" || n.Data == "style"):
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return strings.Join(strings.Fields(sb.String()), " ")
}
