package extract

import (
	"bytes"
	"encoding/json"
	"io"

	"go.yaml.in/yaml/v3"
)

// SchemaVersion is the version of the JSON output's schema. It changes
// only in a major release of artext; fields may be added in minor ones.
const SchemaVersion = 1

// WriteOptions adjust how [Write] renders an article.
type WriteOptions struct {
	// NoFrontMatter leaves out the YAML front matter of Markdown output.
	NoFrontMatter bool
}

// Write renders a in format f to w. Every format ends with a newline.
// Nothing is written to w when rendering fails, unless w is a
// *bytes.Buffer: Write renders into that directly, which spares a copy of
// the output (a large article's JSON is twice its text).
func Write(w io.Writer, a *Article, f Format, opts WriteOptions) error {
	buf, direct := w.(*bytes.Buffer)
	if !direct {
		buf = new(bytes.Buffer)
	}
	switch f {
	case FormatJSON, FormatJSONL:
		if err := writeJSON(buf, a, f == FormatJSON); err != nil {
			return err
		}
	case FormatMarkdown:
		if !opts.NoFrontMatter {
			if err := writeFrontMatter(buf, a); err != nil {
				return err
			}
		}
		buf.WriteString(a.Markdown)
		buf.WriteByte('\n')
	case FormatText:
		buf.WriteString(a.Text)
		buf.WriteByte('\n')
	case FormatHTML:
		buf.WriteString(a.HTML)
		buf.WriteByte('\n')
	default:
		_, err := ParseFormat(string(f))
		return err
	}
	if direct {
		return nil
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// jsonArticle is an article as the JSON output shows it: the schema
// version first, then the article's fields.
type jsonArticle struct {
	SchemaVersion int `json:"schema_version"`
	*Article
}

func writeJSON(buf *bytes.Buffer, a *Article, indent bool) error {
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	if indent {
		enc.SetIndent("", "  ")
	}
	return enc.Encode(jsonArticle{SchemaVersion: SchemaVersion, Article: a})
}

// frontMatter is the YAML front matter of Markdown output, in this order.
type frontMatter struct {
	Title  string   `yaml:"title,omitempty"`
	Author []string `yaml:"author,omitempty"`
	Site   string   `yaml:"site,omitempty"`
	Date   string   `yaml:"date,omitempty"`
	URL    string   `yaml:"url,omitempty"`
}

func writeFrontMatter(buf *bytes.Buffer, a *Article) error {
	fm := frontMatter{Title: a.Title, Author: a.Authors, Site: a.SiteName, Date: a.Published, URL: a.URL}
	if fm.URL == "" {
		fm.URL = a.CanonicalURL
	}
	if fm.Title+fm.Site+fm.Date+fm.URL == "" && len(fm.Author) == 0 {
		return nil // nothing to say: no front matter
	}
	buf.WriteString("---\n")
	enc := yaml.NewEncoder(buf)
	enc.SetIndent(2)
	if err := enc.Encode(fm); err != nil {
		return err
	}
	if err := enc.Close(); err != nil {
		return err
	}
	buf.WriteString("---\n\n")
	return nil
}
