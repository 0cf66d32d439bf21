// Package pipeline is artext as an Apache Beam pipeline: it extracts the
// articles of WARC archives, HTML files or JSON Lines of {url, html} found
// by a file pattern, on any Beam runner (prism in-process, Dataflow, Flink,
// Spark), and writes them as sharded JSON Lines in the schema of the artext
// command, with a count of extracted, empty and failed records per shard.
//
// The pipeline is:
//
//	MatchFiles(pattern) → Reshuffle → read each file (readFileFn)
//	  → [Reshuffle pages] → extract each page (extractFn)
//	  → GroupByKey(shard) → write each shard (writeShardFn)
//	  → write the counts (writeCountsFn)
//
// Files are spread across workers; the records of one file are read in
// order by one worker, and extracted there too unless
// Config.ReshufflePages spreads them (worth it for a few large archives,
// at the cost of shuffling their bytes).
package pipeline
