package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/artext/artext/extract/eval"
	"github.com/artext/artext/internal/cli/cmdutil"
)

// runMetadata scores the metadata of an evaluation run and prints the
// accuracy of each field.
func runMetadata(opts *EvalOptions, report *eval.Report) error {
	mr, err := eval.ScoreMetadata(report)
	if err != nil {
		return err
	}
	if opts.JSON {
		out := struct {
			*eval.MetadataReport
			Worst []eval.PageMetadata `json:"worst,omitempty"`
		}{MetadataReport: mr}
		if opts.Worst > 0 {
			out.Worst = mr.Worst(opts.Worst)
		}
		enc := json.NewEncoder(opts.Streams.Out)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(out)
	}
	return writeMetadataText(opts.Streams.Out, mr, opts.Worst)
}

func writeMetadataText(w io.Writer, r *eval.MetadataReport, worst int) error {
	var b strings.Builder
	fmt.Fprintf(&b, "pages        %d\n", r.Pages)
	for _, f := range r.Fields {
		fmt.Fprintf(&b, "%-12s %.4f  (%d of %d)\n", f.Field, f.Accuracy, f.Correct, f.Annotated)
	}
	if worst > 0 {
		b.WriteString("\nworst pages:\n")
		for _, p := range r.Worst(worst) {
			if p.Misses() == 0 {
				break
			}
			fmt.Fprintf(&b, "  %s  %d missed\n", p.Page, p.Misses())
			for _, c := range p.Checks {
				if !c.OK {
					fmt.Fprintf(&b, "      %s: want %q, got %q\n", c.Field, cmdutil.OneLine(c.Want, 100), cmdutil.OneLine(c.Got, 100))
				}
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
