package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/artext/artext/extract"
)

// planOutputs gives each input its output file below dir, as the path
// below dir of the file it writes:
//
//   - a file keeps its path below the common folder of all the file
//     inputs, with the format's extension for its own (a/page.html.gz
//     becomes a/page.json);
//   - a URL becomes host/path, made safe (see urlOutputPath);
//   - standard input becomes stdin.
//
// When inputs would share an output, they keep their whole name and add
// the format's extension (page.html.json, page.htm.json); any still shared
// is written by the first input only, and the others fail. An output that
// is an input fails too: no input is ever overwritten.
func planOutputs(inputs []input, dir string, format extract.Format) {
	ext := outputExtension(format)
	common := commonRoot(inputs)
	rels := make([]string, len(inputs))
	for i, in := range inputs {
		rels[i] = outputPath(in, common, ext, false)
	}
	byRel := map[string][]int{}
	for i, rel := range rels {
		byRel[rel] = append(byRel[rel], i)
	}
	for _, group := range byRel {
		if len(group) > 1 && !sameName(inputs, group) {
			for _, i := range group {
				rels[i] = outputPath(inputs[i], common, ext, true)
			}
		}
	}
	first := map[string]int{}
	ids := newFileIDs(inputs)
	for i := range inputs {
		in := &inputs[i]
		in.outputDir = dir
		in.output = filepath.Join(dir, rels[i])
		if in.err != nil {
			continue
		}
		if !filepath.IsLocal(rels[i]) { // cannot happen: a guard for the rules above
			in.err = fmt.Errorf("output %s is outside %s", rels[i], dir)
			continue
		}
		if j, ok := first[rels[i]]; ok {
			in.err = fmt.Errorf("output %s is also the output of %s", in.output, inputs[j].name)
			continue
		}
		first[rels[i]] = i
		if st, err := os.Stat(in.output); err == nil && ids.contains(st) {
			in.err = fmt.Errorf("output %s is an input: refusing to overwrite it", in.output)
		}
	}
}

// sameName reports whether the inputs at the indexes of group all have one
// name: keeping their extensions would not tell them apart.
func sameName(inputs []input, group []int) bool {
	for _, i := range group[1:] {
		if inputs[i].name != inputs[group[0]].name {
			return false
		}
	}
	return true
}

// outputExtension is the extension of the files written with -o DIR: a
// JSON Lines result is a JSON object, so it gets .json too.
func outputExtension(f extract.Format) string {
	if f == extract.FormatJSONL {
		return extract.FormatJSON.Extension()
	}
	return f.Extension()
}

// outputPath is the path below the output folder for in. keepExt keeps the
// input's extensions, to tell apart inputs that differ only by them.
func outputPath(in input, common, ext string, keepExt bool) string {
	switch {
	case in.name == "-":
		return "stdin" + ext
	case in.isURL:
		return urlOutputPath(in.name, ext, keepExt)
	}
	rel := filepath.Base(in.name)
	if abs, err := filepath.Abs(in.name); err == nil && common != "" {
		if r, err := filepath.Rel(common, abs); err == nil && filepath.IsLocal(r) {
			rel = r
		}
	}
	if !keepExt {
		rel = trimExtensions(rel)
	}
	return rel + ext
}

// trimExtensions removes a file name's extension, and .gz before it.
func trimExtensions(name string) string {
	lower := strings.ToLower(name)
	if strings.HasSuffix(lower, ".gz") {
		name = name[:len(name)-3]
	}
	if ext := filepath.Ext(name); ext != "" && len(ext) < len(filepath.Base(name)) {
		name = name[:len(name)-len(ext)]
	}
	return name
}

// commonRoot returns the deepest folder that holds the roots of all the
// file inputs, or "" when there are none.
func commonRoot(inputs []input) string {
	common := ""
	for _, in := range inputs {
		if in.root == "" {
			continue
		}
		if common == "" {
			common = in.root
			continue
		}
		for !isBelow(in.root, common) {
			parent := filepath.Dir(common)
			if parent == common {
				break
			}
			common = parent
		}
	}
	return common
}

// isBelow reports whether path is dir or inside it.
func isBelow(path, dir string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && filepath.IsLocal(rel)
}
