package inputs

import (
	"bufio"
	"context"
	"io"
	"iter"
	"os"

	"github.com/artext/artext/extract"
	"github.com/artext/artext/internal/cli/cmdutil"
)

// markArchives finds the WARC archives among the file inputs of l (and
// standard input), by their content, and marks them: a run with an archive
// is a batch, whose results go to standard output.
func (l *List) markArchives() {
	for i := range l.Inputs {
		in := &l.Inputs[i]
		if in.IsURL || in.Err != nil {
			continue
		}
		if in.Name == "-" {
			// Peek at standard input through a buffer that the input is
			// then read from, whatever it turns out to be.
			br := bufio.NewReaderSize(l.Stdin, extract.WARCSniffLen)
			l.Stdin = br
			head, _ := br.Peek(extract.WARCSniffLen)
			in.Archive = extract.IsWARC(head)
		} else {
			in.Archive = isArchiveFile(in.Name)
		}
		if in.Archive {
			l.Several = true
			l.Archives++
		}
	}
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

// Expand returns the inputs of l in order, each WARC archive replaced by
// its pages and broken records, read one at a time as the run asks for
// inputs: the records of an archive are shared by the workers, and only
// those in the run's window are in memory. maxBytes limits each record.
// Records that hold no page are counted in counts, not yielded.
func (l *List) Expand(ctx context.Context, maxBytes int64, counts *ArchiveCounts) iter.Seq[Input] {
	return func(yield func(Input) bool) {
		for _, in := range l.Inputs {
			if !in.Archive {
				if !yield(in) {
					return
				}
				continue
			}
			if !l.yieldRecords(ctx, in, maxBytes, counts, yield) {
				return
			}
		}
	}
}

// yieldRecords yields the pages and broken records of the archive in, and
// reports whether to go on.
func (l *List) yieldRecords(ctx context.Context, in Input, maxBytes int64, counts *ArchiveCounts, yield func(Input) bool) bool {
	r, err := cmdutil.OpenInput(in.Name, l.Stdin)
	if err != nil {
		counts.page()
		return yield(Input{Name: in.Name, Err: err})
	}
	defer r.Close()
	for rec := range extract.ReadWARC(r, in.Name, extract.WARCOptions{MaxBytes: maxBytes}) {
		if ctx.Err() != nil {
			return false
		}
		if rec.Skip != extract.WARCNotSkipped {
			counts.skip(rec.Skip)
			continue
		}
		counts.page()
		if !yield(Input{Name: rec.Name(), Record: rec}) {
			return false
		}
	}
	return true
}
