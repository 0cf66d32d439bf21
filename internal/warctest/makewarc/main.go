// Command makewarc writes a WARC archive of the pages of a folder, for
// measurements: as a crawler does, a request, a response and a metadata
// record per page, with digests, repeated until the archive reaches a size.
//
//	go run ./internal/warctest/makewarc -o pages.warc.gz -size 1GiB ../shared/eval/trafilatura/html
//
// The archive is compressed a record at a time when its name ends in .gz.
// Each copy of a page has its own URL: https://pages.invalid/NAME?copy=N.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/artext/artext/internal/warctest"
)

func main() {
	out := flag.String("o", "", "the archive to write")
	size := flag.String("size", "0", "repeat the pages until the archive has this many bytes (suffix KiB, MiB, GiB); 0: once")
	flag.Parse()
	if err := run(*out, *size, flag.Args()); err != nil {
		fmt.Fprintf(os.Stderr, "makewarc: %v\n", err)
		os.Exit(1)
	}
}

func run(out, sizeFlag string, args []string) error {
	if out == "" || len(args) != 1 {
		return fmt.Errorf("usage: makewarc -o FILE [-size SIZE] PAGES_DIR")
	}
	size, err := parseSize(sizeFlag)
	if err != nil {
		return err
	}
	names, err := filepath.Glob(filepath.Join(args[0], "*.htm*"))
	if err != nil || len(names) == 0 {
		return fmt.Errorf("no *.htm* pages in %s", args[0])
	}
	slices.Sort(names)
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	defer f.Close()
	counted := &countingWriter{w: bufio.NewWriterSize(f, 1<<20)}
	w := warctest.NewWriter(counted, strings.HasSuffix(out, ".gz"))
	if err := w.Write(warctest.Record{Type: "warcinfo", ContentType: "application/warc-fields", Block: []byte("software: artext makewarc\r\n")}); err != nil {
		return err
	}
	pages, records := 0, 1
	for copy := 1; copy == 1 || counted.n < size; copy++ {
		for _, name := range names {
			body, err := os.ReadFile(name)
			if err != nil {
				return err
			}
			uri := "https://pages.invalid/" + filepath.Base(name) + "?copy=" + strconv.Itoa(copy)
			date := "2024-05-06T07:08:09Z"
			if err := w.Write(warctest.Record{Type: "request", URI: uri, Date: date, Digest: true,
				Block: []byte("GET /" + filepath.Base(name) + " HTTP/1.1\r\nHost: pages.invalid\r\n\r\n")}); err != nil {
				return err
			}
			block := warctest.HTTPResponse(200, string(body), "Content-Type", "text/html", "Content-Length", strconv.Itoa(len(body)))
			if err := w.Write(warctest.Record{URI: uri, Date: date, Digest: true, Block: block}); err != nil {
				return err
			}
			if err := w.Write(warctest.Record{Type: "metadata", URI: uri, Date: date, ContentType: "application/warc-fields", Digest: true,
				Block: []byte("fetchTimeMs: 120\r\n")}); err != nil {
				return err
			}
			pages++
			records += 3
			if size > 0 && counted.n >= size {
				break
			}
		}
	}
	if err := counted.w.(*bufio.Writer).Flush(); err != nil {
		return err
	}
	fmt.Printf("%s: %d bytes, %d records, %d pages\n", out, counted.n, records, pages)
	return f.Close()
}

// parseSize reads 1024, 500KiB, 10MiB, 1GiB.
func parseSize(s string) (int64, error) {
	mult := int64(1)
	for suffix, m := range map[string]int64{"KiB": 1 << 10, "MiB": 1 << 20, "GiB": 1 << 30} {
		if strings.HasSuffix(s, suffix) {
			s, mult = strings.TrimSuffix(s, suffix), m
		}
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("-size %q: want a number of bytes, KiB, MiB or GiB", s)
	}
	return n * mult, nil
}

type countingWriter struct {
	w interface{ Write([]byte) (int, error) }
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}
