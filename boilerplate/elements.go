package boilerplate

import (
	"errors"
	"fmt"

	"go.yaml.in/yaml/v3"
)

// ElementRules are the rules of rule files that act on a page's HTML
// elements rather than on its blocks of text. Each list holds selectors in
// the order of the files and of their lines.
type ElementRules struct {
	// Select, when not empty, gives the article: the content of the
	// elements these selectors match, in document order, in place of the
	// extractor's own choice.
	Select []*Selector
	// Remove lists the elements to take out of the page before extraction.
	Remove []*Selector
	// Title, Authors and Published give these fields of the metadata,
	// before any other source: the first selector that matches gives the
	// value, one per element for Authors (see FieldText).
	Title, Authors, Published []*Selector
}

// IsEmpty reports whether e holds no selector.
func (e ElementRules) IsEmpty() bool {
	return len(e.Select)+len(e.Remove)+len(e.Title)+len(e.Authors)+len(e.Published) == 0
}

// add appends the selectors of o to e.
func (e *ElementRules) add(o ElementRules) {
	e.Select = append(e.Select, o.Select...)
	e.Remove = append(e.Remove, o.Remove...)
	e.Title = append(e.Title, o.Title...)
	e.Authors = append(e.Authors, o.Authors...)
	e.Published = append(e.Published, o.Published...)
}

// SiteRules are what one rule file says about the elements of the pages
// of some sites.
type SiteRules struct {
	// File is the rule file.
	File string
	// Sites are the hosts the rules apply to; empty for every host.
	Sites Sites
	ElementRules
}

// elementKeys are the keys of a rule file that hold selectors.
var elementKeys = []string{"select", "remove", "title", "authors", "published"}

// parseElementRules compiles the selectors of a rule file's top mapping.
// Every invalid selector is an error of type *FileError at its line.
func parseElementRules(file string, top *yaml.Node) (ElementRules, []error) {
	var e ElementRules
	var errs []error
	for i := 0; i+1 < len(top.Content); i += 2 {
		var dst *[]*Selector
		switch top.Content[i].Value {
		case "select":
			dst = &e.Select
		case "remove":
			dst = &e.Remove
		case "title":
			dst = &e.Title
		case "authors":
			dst = &e.Authors
		case "published":
			dst = &e.Published
		default:
			continue
		}
		key, value := top.Content[i].Value, top.Content[i+1]
		items, err := scalars(value, fmt.Sprintf("%s must be a CSS selector or a list of them", key))
		if err != nil {
			errs = append(errs, fileError(file, value.Line, err))
			continue
		}
		for _, item := range items {
			s, err := CompileSelector(item.Value)
			if err != nil {
				errs = append(errs, &FileError{File: file, Line: item.Line, Err: err})
				continue
			}
			s.File, s.Line = file, item.Line
			*dst = append(*dst, s)
		}
	}
	return e, errs
}

// fileError returns err as a *FileError of file, at the line of a
// *lineError within it, else at line.
func fileError(file string, line int, err error) *FileError {
	var le *lineError
	if errors.As(err, &le) {
		return &FileError{File: file, Line: le.line, Err: le.err}
	}
	return &FileError{File: file, Line: yamlErrorLineOr(err, line), Err: err}
}
