package pipeline

import (
	"context"
	"errors"
	"reflect"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

// DefaultShards is the number of output shards when Config.Shards is 0.
const DefaultShards = 16

// Config says what the pipeline reads and where it writes.
type Config struct {
	// Input is a file pattern of the input files ("crawl/*.warc.gz",
	// "gs://bucket/pages/*.jsonl"), in any file system Beam knows.
	Input string
	// Output is the prefix of the output files: Output-00000-of-00016.jsonl
	// and so on, and Output-counts.jsonl.
	Output string
	// Shards is the number of output files; 0 means DefaultShards.
	Shards int
	// MaxBytes limits each page, as the artext command's --max-bytes:
	// 0 means extract.DefaultMaxBytes, a negative value no limit.
	MaxBytes int64
	// ReshufflePages spreads the pages of each file across workers before
	// extraction, rather than extracting them where the file is read.
	ReshufflePages bool
}

func init() {
	register.DoFn3x1[context.Context, fileio.ReadableFile, func(Page), error](&readFileFn{})
	register.Emitter1[Page]()
	register.DoFn2x2[context.Context, Page, int, Line](&extractFn{})
	register.DoFn3x2[context.Context, int, func(*Line) bool, string, error](&writeShardFn{})
	register.Iter1[Line]()
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeCountsFn{})
	register.Iter1[string]()
	beam.RegisterType(reflect.TypeOf((*Page)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*Line)(nil)).Elem())
}

// Build adds the pipeline that cfg describes to s.
func Build(s beam.Scope, cfg Config) error {
	if cfg.Input == "" || cfg.Output == "" {
		return errors.New("pipeline: an input pattern and an output prefix are needed")
	}
	shards := cfg.Shards
	if shards <= 0 {
		shards = DefaultShards
	}
	files := fileio.MatchFiles(s, cfg.Input, fileio.MatchEmptyDisallow())
	files = beam.Reshuffle(s, files)
	readable := fileio.ReadMatches(s, files, fileio.ReadUncompressed())
	pages := beam.ParDo(s.Scope("ReadPages"), &readFileFn{Shards: shards, MaxBytes: cfg.MaxBytes}, readable)
	if cfg.ReshufflePages {
		pages = beam.Reshuffle(s, pages)
	}
	lines := beam.ParDo(s.Scope("Extract"), &extractFn{MaxBytes: cfg.MaxBytes}, pages)
	counts := beam.ParDo(s.Scope("WriteShards"), &writeShardFn{Prefix: cfg.Output, Shards: shards}, beam.GroupByKey(s, lines))
	beam.ParDo0(s.Scope("WriteCounts"), &writeCountsFn{Name: CountsName(cfg.Output)}, beam.GroupByKey(s, beam.AddFixedKey(s, counts)))
	return nil
}
