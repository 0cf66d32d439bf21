package pipeline

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"path"
	"slices"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
)

// ShardName is the name of the output file of shard i of n:
// prefix-00003-of-00016.jsonl.
func ShardName(prefix string, i, n int) string {
	return fmt.Sprintf("%s-%05d-of-%05d.jsonl", prefix, i, n)
}

// CountsName is the name of the file of per-shard counts.
func CountsName(prefix string) string {
	return prefix + "-counts.jsonl"
}

// ShardCounts is a line of the counts file: how the pages of a shard went.
type ShardCounts struct {
	Shard     string `json:"shard"` // the shard's file name, without its folder
	Extracted int    `json:"extracted"`
	Empty     int    `json:"empty"`
	Failed    int    `json:"failed"`
}

// writeShardFn writes the lines of a shard to its file, replacing it (a
// retried bundle writes the same file again), and returns the shard's
// counts as a line of JSON.
type writeShardFn struct {
	Prefix string `json:"prefix"`
	Shards int    `json:"shards"`
}

func (fn *writeShardFn) ProcessElement(ctx context.Context, shard int, lines func(*Line) bool) (string, error) {
	name := ShardName(fn.Prefix, shard, fn.Shards)
	counts := ShardCounts{Shard: path.Base(name)}
	err := writeFile(ctx, name, func(w *bufio.Writer) error {
		var l Line
		for lines(&l) {
			w.WriteString(l.Text)
			if err := w.WriteByte('\n'); err != nil {
				return err
			}
			switch l.Kind {
			case Extracted:
				counts.Extracted++
			case Empty:
				counts.Empty++
			default:
				counts.Failed++
			}
		}
		return nil
	})
	if err != nil {
		return "", err
	}
	b, err := json.Marshal(counts)
	return string(b), err
}

// writeCountsFn writes the counts of all the shards, in the order of the
// shards, to one file.
type writeCountsFn struct {
	Name string `json:"name"`
}

func (fn *writeCountsFn) ProcessElement(ctx context.Context, _ int, counts func(*string) bool) error {
	var all []string
	var c string
	for counts(&c) {
		all = append(all, c)
	}
	slices.Sort(all) // shard names sort in shard order
	return writeFile(ctx, fn.Name, func(w *bufio.Writer) error {
		for _, c := range all {
			w.WriteString(c)
			if err := w.WriteByte('\n'); err != nil {
				return err
			}
		}
		return nil
	})
}

// writeFile writes the file at name, on any file system Beam knows (local,
// gs://, s3://), with what write puts in its buffer.
func writeFile(ctx context.Context, name string, write func(*bufio.Writer) error) error {
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fs.Close()
	fd, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	w := bufio.NewWriterSize(fd, 1<<20)
	if err := write(w); err != nil {
		fd.Close()
		return fmt.Errorf("writing %s: %w", name, err)
	}
	if err := w.Flush(); err != nil {
		fd.Close()
		return fmt.Errorf("writing %s: %w", name, err)
	}
	if err := fd.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	return nil
}
