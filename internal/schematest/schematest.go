// Package schematest compiles the JSON Schema of artext's output for the
// tests that validate output against it.
package schematest

import (
	"bytes"
	"testing"

	"github.com/artext/artext/extract"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

// Compile compiles the schema of the JSON and JSON Lines output
// (extract.Schema) with a draft 2020-12 validator, failing t if it cannot.
func Compile(t testing.TB) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(extract.Schema()))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	if err := c.AddResource("schema.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("schema.json")
	if err != nil {
		t.Fatal(err)
	}
	return s
}
