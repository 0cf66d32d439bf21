package worker

import (
	"context"
	"errors"

	"github.com/artext/artext/boilerplate"
	"github.com/artext/artext/extract"
	"github.com/artext/artext/internal/cli/inputs"
	"github.com/artext/artext/internal/cli/outputs"
)

// Kind says how an input went.
type Kind int

const (
	Done    Kind = iota // extracted and written
	Empty               // read, but it holds no article
	Failed              // could not be read, extracted or written
	Skipped             // left out: its output exists (--skip-existing)
)

// Outcome is what became of one input of a batch.
type Outcome struct {
	Input   inputs.Input
	Kind    Kind
	Data    []byte                // the rendered article, for standard output
	Removed []boilerplate.Removal // for --explain
	Err     error                 // for Empty and Failed, naming the input
}

// Fail returns the outcome of an input that failed with err.
func Fail(in inputs.Input, err error) Outcome {
	return Outcome{Input: in, Kind: Failed, Err: inputError(in, err)}
}

// Process extracts one input, renders it and writes it to its output file,
// if it has one; the result for standard output is left in the outcome, for
// the caller to write in input order.
func (x *Extractor) Process(ctx context.Context, in inputs.Input) Outcome {
	if in.Err != nil {
		return Fail(in, in.Err)
	}
	out := Outcome{Input: in}
	if x.SkipExisting && in.OutputDir != "" && outputs.Exists(in.Output) {
		out.Kind = Skipped
		return out
	}
	a, err := x.Extract(ctx, in)
	if a != nil {
		out.Removed = a.Removed
	}
	switch {
	case errors.Is(err, extract.ErrNoContent):
		out.Kind, out.Err = Empty, err
		return out
	case err != nil:
		return Fail(in, err)
	}
	data, err := x.Render(a)
	if err != nil {
		return Fail(in, err)
	}
	switch {
	case in.Output == "":
		out.Data = data
	case in.OutputDir != "":
		err = outputs.WriteBelow(in.OutputDir, in.Output, data)
	default:
		if err = outputs.Write(in.Output, data, nil); err != nil {
			out.Kind, out.Err = Failed, err // names the output file
			return out
		}
	}
	if err != nil {
		return Fail(in, err)
	}
	return out
}
