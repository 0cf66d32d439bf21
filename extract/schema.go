package extract

import _ "embed"

// schemaJSON is the JSON Schema of the JSON output.
//
//go:embed schema.json
var schemaJSON []byte

// Schema returns the JSON Schema (draft 2020-12) that every object of the
// JSON and JSON Lines output validates against: an article, or the failure
// of one input of a batch. The caller must not modify the returned slice.
func Schema() []byte { return schemaJSON }
