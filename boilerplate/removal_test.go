package boilerplate_test

import (
	"encoding/json"
	"testing"

	"github.com/artext/artext/boilerplate"
)

// TestRemovalJSON: path and lines appear in a removal's JSON only when the
// extractor sets them, so that the output of --explain keeps its shape.
func TestRemovalJSON(t *testing.T) {
	for _, tt := range []struct {
		r    boilerplate.Removal
		want string
	}{
		{boilerplate.Removal{Rule: "r", Category: "c", Action: boilerplate.Drop, Text: "t"},
			`{"rule":"r","category":"c","action":"drop","text":"t"}`},
		{boilerplate.Removal{Rule: "r", Category: "c", Action: boilerplate.Drop, Text: "t", Path: "html > body > p"},
			`{"rule":"r","category":"c","action":"drop","text":"t","path":"html \u003e body \u003e p"}`},
		{boilerplate.Removal{Rule: "r", Category: "c", Action: boilerplate.Drop, Text: "t", Lines: [2]int{3, 5}},
			`{"rule":"r","category":"c","action":"drop","text":"t","lines":[3,5]}`},
	} {
		got, err := json.Marshal(tt.r)
		if err != nil || string(got) != tt.want {
			t.Errorf("got %s (%v), want %s", got, err, tt.want)
		}
	}
}
