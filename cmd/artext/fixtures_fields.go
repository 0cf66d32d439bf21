package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/artext/artext/extract"
)

// failureField is the key of a JSON fixture of a page that holds no
// article. It is always compared, so that a page that gains or loses its
// article shows whichever fields are chosen.
const failureField = "error"

// articleFields returns the keys of an article in the JSON output, as the
// schema lists them.
var articleFields = sync.OnceValue(func() []string {
	var schema struct {
		Defs struct {
			Article struct {
				Properties map[string]json.RawMessage `json:"properties"`
			} `json:"article"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(extract.Schema(), &schema); err != nil {
		panic("artext: the embedded schema is not JSON: " + err.Error())
	}
	var keys []string
	for k := range schema.Defs.Article.Properties {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
})

// parseFields checks the --fields list: keys of an article, each once, in
// the order given. Blank entries are dropped.
func parseFields(list []string) ([]string, error) {
	known := articleFields()
	var fields []string
	for _, f := range list {
		f = strings.TrimSpace(f)
		switch {
		case f == "":
			continue
		case !slices.Contains(known, f):
			return nil, usageErrorf("--fields: unknown field %q (want any of %s)", f, strings.Join(known, ", "))
		case !slices.Contains(fields, f):
			fields = append(fields, f)
		}
	}
	return fields, nil
}

// selectFields returns the fields of the JSON object doc named in fields,
// and its error field if it has one, as an indented JSON object with its
// keys in that order: what --fields compares and shows in a diff.
func selectFields(doc []byte, fields []string) ([]byte, error) {
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(doc, &obj); err != nil {
		return nil, fmt.Errorf("not a JSON object: %w", err)
	}
	keys := fields
	if !slices.Contains(keys, failureField) {
		keys = append(keys[:len(keys):len(keys)], failureField)
	}
	var b bytes.Buffer
	b.WriteString("{")
	n := 0
	for _, k := range keys {
		v, ok := obj[k]
		if !ok {
			continue
		}
		if n > 0 {
			b.WriteString(",")
		}
		n++
		name, _ := json.Marshal(k)
		b.WriteString("\n  ")
		b.Write(name)
		b.WriteString(": ")
		if err := json.Indent(&b, v, "  ", "  "); err != nil {
			return nil, err
		}
	}
	if n > 0 {
		b.WriteString("\n")
	}
	b.WriteString("}\n")
	return b.Bytes(), nil
}
