// Package outputs decides where the results of a run go and writes them:
// one file named with -o, or with several inputs one file each below the
// -o folder, mirroring the inputs' folders and URLs, never outside it and
// never over an input.
package outputs

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/artext/artext/extract"
	"github.com/artext/artext/internal/cli/inputs"
)

// Plan gives each input its output file below dir, as the path
// below dir of the file it writes:
//
//   - a file keeps its path below the common folder of all the file
//     inputs, with the format's extension for its own (a/page.html.gz
//     becomes a/page.json);
//   - a URL becomes host/path, made safe (see URLPath);
//   - standard input becomes stdin.
//
// When inputs would share an output, they keep their whole name and add
// the format's extension (page.html.json, page.htm.json); any still shared
// is written by the first input only, and the others fail. An output that
// is an input fails too: no input is ever overwritten.
func Plan(ins []inputs.Input, dir string, format extract.Format) {
	ext := Extension(format)
	common := commonRoot(ins)
	rels := make([]string, len(ins))
	for i, in := range ins {
		rels[i] = outputPath(in, common, ext, false)
	}
	byRel := map[string][]int{}
	for i, rel := range rels {
		byRel[rel] = append(byRel[rel], i)
	}
	for _, group := range byRel {
		if len(group) > 1 && !sameName(ins, group) {
			for _, i := range group {
				rels[i] = outputPath(ins[i], common, ext, true)
			}
		}
	}
	first := map[string]int{}
	ids := inputs.NewFileIDs(ins)
	for i := range ins {
		in := &ins[i]
		in.OutputDir = dir
		in.Output = filepath.Join(dir, rels[i])
		if in.Err != nil {
			continue
		}
		if !filepath.IsLocal(rels[i]) { // cannot happen: a guard for the rules above
			in.Err = fmt.Errorf("output %s is outside %s", rels[i], dir)
			continue
		}
		if j, ok := first[rels[i]]; ok {
			in.Err = fmt.Errorf("output %s is also the output of %s", in.Output, ins[j].Name)
			continue
		}
		first[rels[i]] = i
		if st, err := os.Stat(in.Output); err == nil && ids.Contains(st) {
			in.Err = fmt.Errorf("output %s is an input: refusing to overwrite it", in.Output)
		}
	}
}

// sameName reports whether the inputs at the indexes of group all have one
// name: keeping their extensions would not tell them apart.
func sameName(ins []inputs.Input, group []int) bool {
	for _, i := range group[1:] {
		if ins[i].Name != ins[group[0]].Name {
			return false
		}
	}
	return true
}

// Extension is the extension of the files written with -o DIR: a JSON
// Lines result is a JSON object, so it gets .json too.
func Extension(f extract.Format) string {
	if f == extract.FormatJSONL {
		return extract.FormatJSON.Extension()
	}
	return f.Extension()
}

// outputPath is the path below the output folder for in. keepExt keeps the
// input's extensions, to tell apart inputs that differ only by them.
func outputPath(in inputs.Input, common, ext string, keepExt bool) string {
	switch {
	case in.Name == "-":
		return "stdin" + ext
	case in.IsURL:
		return URLPath(in.Name, ext, keepExt)
	}
	rel := filepath.Base(in.Name)
	if abs, err := filepath.Abs(in.Name); err == nil && common != "" {
		if r, err := filepath.Rel(common, abs); err == nil && filepath.IsLocal(r) {
			rel = r
		}
	}
	if !keepExt {
		rel = TrimExtensions(rel)
	}
	return rel + ext
}

// TrimExtensions removes a file name's extension, and .gz before it:
// page.html.gz becomes page.
func TrimExtensions(name string) string {
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
func commonRoot(ins []inputs.Input) string {
	common := ""
	for _, in := range ins {
		if in.Root == "" {
			continue
		}
		if common == "" {
			common = in.Root
			continue
		}
		for !IsBelow(in.Root, common) {
			parent := filepath.Dir(common)
			if parent == common {
				break
			}
			common = parent
		}
	}
	return common
}

// IsBelow reports whether path is dir or inside it.
func IsBelow(path, dir string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && filepath.IsLocal(rel)
}
