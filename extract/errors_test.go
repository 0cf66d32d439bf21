package extract_test

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"strings"
	"testing"

	"github.com/artext/artext/extract"
)

func TestInputErrorNamesTheInputOnce(t *testing.T) {
	cause := fs.ErrNotExist
	err := extract.NameError("page.html", cause)
	if got, want := err.Error(), "page.html: file does not exist"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	if again := extract.NameError("page.html", err); again != err {
		t.Errorf("NameError of an error of the same input wrapped it again: %q", again)
	}
	other := extract.NameError("list.txt", err)
	if got, want := other.Error(), "list.txt: page.html: file does not exist"; got != want {
		t.Errorf("Error() of another input's error = %q, want %q", got, want)
	}
	if !errors.Is(other, fs.ErrNotExist) {
		t.Error("errors.Is does not see the cause through InputError")
	}
	if extract.NameError("page.html", nil) != nil {
		t.Error("NameError(name, nil) is not nil")
	}
}

func TestFromReaderErrorIsInputError(t *testing.T) {
	_, err := extract.FromReader(context.Background(), strings.NewReader("<html><body></body></html>"), extract.Options{Name: "empty.html"})
	var ie *extract.InputError
	if !errors.As(err, &ie) || ie.Name != "empty.html" || !errors.Is(ie.Err, extract.ErrNoContent) {
		t.Fatalf("err = %#v, want an *InputError naming empty.html around ErrNoContent", err)
	}
	var buf bytes.Buffer
	if err := extract.WriteFailure(&buf, extract.Source{Name: "empty.html"}, err); err != nil {
		t.Fatal(err)
	}
	want := `{"schema_version":1,"source":{"name":"empty.html"},"error":"no article content found"}` + "\n"
	if buf.String() != want {
		t.Errorf("WriteFailure wrote %q, want %q", buf.String(), want)
	}
}
