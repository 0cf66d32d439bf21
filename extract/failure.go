package extract

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
)

// failureLine is the JSON Lines record of an input that gave no article:
// the schema version and source of an article, with error in place of the
// article's fields.
type failureLine struct {
	SchemaVersion int           `json:"schema_version"`
	Source        failureSource `json:"source"`
	Error         string        `json:"error"`
}

// failureSource is the part of a Source known before an input is read.
type failureSource struct {
	Name string      `json:"name"`
	WARC *WARCOrigin `json:"warc,omitempty"`
}

// WriteFailure writes, as one line of JSON, the record that stands in a
// batch's JSON Lines output for an input that gave no article:
//
//	{"schema_version":1,"source":{"name":"missing.html"},"error":"no such file or directory"}
//
// Of src, only Name and WARC are written. The error's message is written
// without the input's name in front of it.
func WriteFailure(w io.Writer, src Source, err error) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // as in an article's line
	if jerr := enc.Encode(failureLine{
		SchemaVersion: SchemaVersion,
		Source:        failureSource{Name: src.Name, WARC: src.WARC},
		Error:         causeMessage(err, src.Name),
	}); jerr != nil {
		return jerr
	}
	_, jerr := w.Write(buf.Bytes())
	return jerr
}

// causeMessage returns the message of err without the input's name: the
// message of the cause that an *InputError of that name wraps.
func causeMessage(err error, name string) string {
	var ie *InputError
	if errors.As(err, &ie) && ie.Name == name {
		return ie.Err.Error()
	}
	return err.Error()
}
