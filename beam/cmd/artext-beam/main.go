// Command artext-beam runs artext's extraction as an Apache Beam pipeline:
// the articles of the WARC archives, HTML files or JSON Lines of
// {url, html} that --input matches, as sharded JSON Lines below --output.
//
//	artext-beam --input 'crawl/*.warc.gz' --output out/articles
//	artext-beam --runner dataflow --project P --region R \
//	    --staging_location gs://B/staging --temp_location gs://B/tmp \
//	    --input 'gs://B/crawl/*.warc.gz' --output gs://B/out/articles
//
// --runner picks the runner (prism, in-process, by default; dataflow,
// flink, spark, universal), with the runner's own flags. See the README.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
	"github.com/artext/artext/beam/pipeline"
)

func main() {
	var cfg pipeline.Config
	flag.StringVar(&cfg.Input, "input", "", "file `pattern` of the inputs: WARC archives, HTML files or JSON Lines of {url, html} (local, gs:// or s3://)")
	flag.StringVar(&cfg.Output, "output", "", "`prefix` of the output files: PREFIX-00000-of-00016.jsonl..., PREFIX-counts.jsonl")
	flag.IntVar(&cfg.Shards, "shards", pipeline.DefaultShards, "number of output files")
	flag.Int64Var(&cfg.MaxBytes, "max_bytes", 0, "size limit of a page in `bytes` (0: 50 MiB, as artext; negative: none)")
	flag.BoolVar(&cfg.ReshufflePages, "reshuffle_pages", false, "spread the pages of each file across workers (for a few large archives)")
	flag.Parse()
	beam.Init() // a worker started by a runner runs its part here, and exits
	if err := run(context.Background(), cfg, os.Stderr); err != nil {
		fmt.Fprintf(os.Stderr, "artext-beam: %v\n", err)
		os.Exit(1)
	}
}

// run builds the pipeline, runs it on the runner the flags name and
// prints its counters on w.
func run(ctx context.Context, cfg pipeline.Config, w io.Writer) error {
	if cfg.Input == "" || cfg.Output == "" {
		return fmt.Errorf("--input and --output are needed (see -help)")
	}
	p, s := beam.NewPipelineWithRoot()
	if err := pipeline.Build(s, cfg); err != nil {
		return err
	}
	result, err := beamx.RunWithMetrics(ctx, p)
	if err != nil {
		return err
	}
	if result == nil {
		return nil // a runner that does not wait for the job
	}
	totals := map[string]int64{}
	for _, c := range result.Metrics().AllMetrics().Counters() {
		if c.Namespace() == "artext" {
			totals[c.Name()] += c.Result()
		}
	}
	names := make([]string, 0, len(totals))
	for name := range totals {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Fprintf(w, "artext-beam: %s %d\n", name, totals[name])
	}
	return nil
}
