package extract

import (
	"fmt"
	"io/fs"
	"os"

	"github.com/artext/artext/extract"
	"github.com/artext/artext/internal/cli/cmdutil"
	"github.com/artext/artext/internal/cli/inputs"
	"github.com/artext/artext/internal/cli/outputs"
	"github.com/artext/artext/internal/cli/worker"
)

// planOutput checks that the output suits the inputs and decides where
// each result goes.
func planOutput(opts *ExtractOptions, x *worker.Extractor, list *inputs.List) error {
	output := opts.Output
	if output == "-" {
		output = "" // standard output
	}
	switch {
	case list.Archives > 0 && output != "":
		return cmdutil.Usagef("-o: the pages of a WARC archive go to standard output (for example -f jsonl > pages.jsonl)")
	case list.Several && opts.URL != "":
		return cmdutil.Usagef("--url gives the address of one input; URLs given as inputs are their own addresses")
	case opts.SkipExisting && output == "":
		return cmdutil.Usagef("--skip-existing needs -o DIR")
	case list.Several && output == "" && x.Format == extract.FormatJSON:
		return cmdutil.Usagef("several inputs: -f json prints one object; use -f jsonl for one line per input, or -o DIR for one file per input")
	case output == "":
		return nil
	}
	if list.Several || outputs.IsFolder(output) {
		if err := outputs.PrepareDir(output); err != nil {
			return err
		}
		outputs.Plan(list.Inputs, output, x.Format)
		return nil
	}
	in := &list.Inputs[0]
	in.Output = output
	if a, err := statInput(*in, list); err == nil {
		if b, err := os.Stat(output); err == nil && os.SameFile(a, b) {
			in.Err = fmt.Errorf("output %s is the input: refusing to overwrite it", output)
		}
	}
	return nil
}

// statInput returns the file information of a file input, or of standard
// input when it is a file (artext -o page.html < page.html).
func statInput(in inputs.Input, list *inputs.List) (fs.FileInfo, error) {
	switch {
	case in.IsURL:
		return nil, fs.ErrNotExist
	case in.Name == "-":
		if list.StdinFile != nil {
			return list.StdinFile.Stat()
		}
		return nil, fs.ErrNotExist
	}
	return os.Stat(in.Name)
}
