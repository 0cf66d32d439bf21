package main

import (
	"bufio"
	"context"
	"io"
	"iter"
	"os"

	"github.com/artext/artext/extract"
)

// markArchives finds the WARC archives among the file inputs of list (and
// standard input), by their content, and marks them: a run with an archive
// is a batch, whose results go to standard output.
func markArchives(list *inputList, opts *extractOptions) error {
	for i := range list.inputs {
		in := &list.inputs[i]
		if in.isURL || in.err != nil {
			continue
		}
		if in.name == "-" {
			// Peek at standard input through a buffer that the input is
			// then read from, whatever it turns out to be.
			if f, ok := opts.streams.In.(*os.File); ok {
				opts.streams.inFile = f // for statInput, once In is wrapped
			}
			br := bufio.NewReaderSize(opts.streams.In, extract.WARCSniffLen)
			opts.streams.In = br
			head, _ := br.Peek(extract.WARCSniffLen)
			in.archive = extract.IsWARC(head)
		} else {
			in.archive = isArchiveFile(in.name)
		}
		if in.archive {
			list.several = true
			list.archives++
		}
	}
	if list.archives > 0 && opts.output != "" && opts.output != "-" {
		return usageErrorf("-o: the pages of a WARC archive go to standard output (for example -f jsonl > pages.jsonl)")
	}
	return nil
}

// isArchiveFile reports whether the file named path starts a WARC archive.
// A file that cannot be read is not one: reading it fails later, in turn.
func isArchiveFile(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, extract.WARCSniffLen)
	n, _ := io.ReadFull(f, head)
	return extract.IsWARC(head[:n])
}

// expandArchives returns the inputs of list in order, each WARC archive
// replaced by its pages and broken records, read one at a time as the run
// asks for inputs: the records of an archive are shared by the workers,
// and only those in the run's window are in memory. Records that hold no
// page are counted in recs, not yielded.
func (x *extraction) expandArchives(ctx context.Context, list *inputList, recs *archiveRecords) iter.Seq[input] {
	return func(yield func(input) bool) {
		for _, in := range list.inputs {
			if !in.archive {
				if !yield(in) {
					return
				}
				continue
			}
			if !x.yieldRecords(ctx, in, recs, yield) {
				return
			}
		}
	}
}

// yieldRecords yields the pages and broken records of the archive in, and
// reports whether to go on.
func (x *extraction) yieldRecords(ctx context.Context, in input, recs *archiveRecords, yield func(input) bool) bool {
	r, err := openInput(in.name, x.opts.streams.In)
	if err != nil {
		recs.input()
		return yield(input{name: in.name, err: err})
	}
	defer r.Close()
	for rec := range extract.ReadWARC(r, in.name, extract.WARCOptions{MaxBytes: int64(x.opts.maxBytes)}) {
		if ctx.Err() != nil {
			return false
		}
		if rec.Skip != extract.WARCNotSkipped {
			recs.skip(rec.Skip)
			continue
		}
		recs.input()
		if !yield(input{name: rec.Name(), record: rec}) {
			return false
		}
	}
	return true
}
