package schema

import (
	"bytes"
	"testing"

	"github.com/artext/artext/extract"
	"github.com/artext/artext/internal/cli/cmdutil"
)

func TestNewCmdSchema(t *testing.T) {
	s := &cmdutil.Streams{}
	var got *SchemaOptions
	cmd := NewCmdSchema(s, func(o *SchemaOptions) error { got = o; return nil })
	cmd.SetArgs(nil)
	if err := cmd.Execute(); err != nil || got == nil || got.Streams != s {
		t.Fatalf("options %+v, error %v", got, err)
	}

	var out bytes.Buffer
	if err := Run(&SchemaOptions{Streams: &cmdutil.Streams{Out: &out}}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out.Bytes(), extract.Schema()) {
		t.Error("the schema printed is not extract.Schema()")
	}
}
