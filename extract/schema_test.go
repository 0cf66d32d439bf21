package extract_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/artext/artext/extract"
	"github.com/artext/artext/internal/schematest"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

// TestGoldenJSONValidates validates every golden JSON file of testdata
// against the schema.
func TestGoldenJSONValidates(t *testing.T) {
	s := schematest.Compile(t)
	files, _ := filepath.Glob("../testdata/*/*.json")
	var n int
	for _, f := range files {
		if strings.HasSuffix(f, "cases.json") || strings.Contains(f, "/script/") {
			continue
		}
		data := readFile(t, f)
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		if err := s.Validate(doc); err != nil {
			t.Errorf("%s does not validate: %v", f, err)
		}
		n++
	}
	if n < 10 {
		t.Errorf("validated %d golden JSON files, want at least 10", n)
	}
}

// TestSchemaCoversArticle checks that the schema describes every JSON key
// of Article and Source, and nothing else, so that the two cannot drift.
func TestSchemaCoversArticle(t *testing.T) {
	var schema struct {
		Defs map[string]struct {
			Properties map[string]json.RawMessage `json:"properties"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(extract.Schema(), &schema); err != nil {
		t.Fatal(err)
	}
	check := func(def string, typ reflect.Type, extra ...string) {
		want := map[string]bool{}
		for _, k := range extra {
			want[k] = true
		}
		for i := range typ.NumField() {
			name, _, _ := strings.Cut(typ.Field(i).Tag.Get("json"), ",")
			if name != "" && name != "-" {
				want[name] = true
			}
		}
		got := schema.Defs[def].Properties
		for k := range want {
			if _, ok := got[k]; !ok {
				t.Errorf("schema %s lacks the key %q", def, k)
			}
		}
		for k := range got {
			if !want[k] {
				t.Errorf("schema %s has the key %q, which %s does not", def, k, typ.Name())
			}
		}
	}
	check("article", reflect.TypeOf(extract.Article{}), "schema_version")
	check("source", reflect.TypeOf(extract.Source{}))
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}
