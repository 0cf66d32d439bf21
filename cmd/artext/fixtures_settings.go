package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"

	"github.com/artext/artext/extract"
	"github.com/artext/artext/internal/atomicfile"
	"go.yaml.in/yaml/v3"
)

// settingsFile is the name of the file, in the fixtures' folder, that
// records the settings the fixtures were made with.
const settingsFile = "artext-fixtures.yaml"

const settingsHeader = `# The settings that artext fixtures update made these fixtures with, which
# artext fixtures check uses too. A flag given on the command line replaces
# the value recorded here; update records it.
`

// fixtureSettings are the settings that decide a folder's fixtures: the
// format, the compared fields and every flag that changes an output, but
// none that changes only how the run goes (-j, -q). Rule files are recorded
// relative to the settings file, so that they are found from any folder.
type fixtureSettings struct {
	Format         string   `yaml:"format"`
	Fields         []string `yaml:"fields,omitempty"`
	InputFormat    string   `yaml:"input-format,omitempty"`
	Encoding       string   `yaml:"encoding,omitempty"`
	MaxBytes       string   `yaml:"max-bytes,omitempty"`
	NoFrontMatter  bool     `yaml:"no-front-matter,omitempty"`
	Rules          []string `yaml:"rules,omitempty"`
	NoDefaultRules bool     `yaml:"no-default-rules,omitempty"`
	Explain        bool     `yaml:"explain,omitempty"`
	Globs          []string `yaml:"glob,omitempty"`
}

// applySettings reads the settings recorded in the folder root, if any,
// and sets in opts those whose flag was not given on the command line.
func applySettings(opts *fixturesOptions, root string) error {
	path := filepath.Join(root, settingsFile)
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	var rec fixtureSettings
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&rec); err != nil && !errors.Is(err, io.EOF) { // io.EOF: an empty file
		return usageErrorf("%s: %v", path, err)
	}
	opts.record = path
	x := opts.extract
	set := func(flag string, apply func() error) error {
		if opts.given(flag) {
			return nil
		}
		if err := apply(); err != nil {
			return usageErrorf("%s: %s: %v", path, flag, err)
		}
		return nil
	}
	return errors.Join(
		set("format", func() error {
			if rec.Format == "" {
				return nil
			}
			x.format = rec.Format
			_, err := extract.ParseFormat(rec.Format)
			return err
		}),
		set("fields", func() error {
			opts.fields = rec.Fields
			_, err := parseFields(rec.Fields)
			return err
		}),
		set("input-format", func() error {
			if rec.InputFormat == "" {
				return nil
			}
			x.inputFormat = rec.InputFormat
			_, err := parseInputFormat(rec.InputFormat)
			return err
		}),
		set("encoding", func() error { x.encoding = rec.Encoding; return nil }),
		set("max-bytes", func() error {
			if rec.MaxBytes == "" {
				return nil
			}
			return x.maxBytes.Set(rec.MaxBytes)
		}),
		set("no-front-matter", func() error { x.noFrontMatter = rec.NoFrontMatter; return nil }),
		set("rules", func() error {
			x.rules.files = nil
			for _, r := range rec.Rules {
				x.rules.files = append(x.rules.files, filepath.Join(root, filepath.FromSlash(r)))
			}
			return nil
		}),
		set("no-default-rules", func() error { x.rules.noDefault = rec.NoDefaultRules; return nil }),
		set("explain", func() error { x.explain = rec.Explain; return nil }),
		set("glob", func() error {
			x.globs = rec.Globs
			_, err := newNameMatcher(rec.Globs)
			return err
		}),
	)
}

// recordSettings writes the settings of opts, with format f, to the
// settings file in the folder root, unless it already holds them.
func recordSettings(opts *fixturesOptions, root string, f extract.Format) error {
	x := opts.extract
	rec := fixtureSettings{
		Format:         string(f),
		Fields:         opts.fields,
		Encoding:       x.encoding,
		NoFrontMatter:  x.noFrontMatter,
		NoDefaultRules: x.rules.noDefault,
		Explain:        x.explain,
		Globs:          x.globs,
	}
	if x.inputFormat != "auto" {
		rec.InputFormat = x.inputFormat
	}
	if x.maxBytes != extract.DefaultMaxBytes {
		rec.MaxBytes = strconv.FormatInt(int64(x.maxBytes), 10)
	}
	for _, r := range x.rules.files {
		rec.Rules = append(rec.Rules, relativeTo(root, r))
	}
	var buf bytes.Buffer
	buf.WriteString(settingsHeader)
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(rec); err != nil {
		return err
	}
	if err := enc.Close(); err != nil {
		return err
	}
	path := filepath.Join(root, settingsFile)
	if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, buf.Bytes()) {
		return nil
	}
	if err := atomicfile.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}

// relativeTo returns path relative to the folder root, with slashes, or
// path itself when it has no relative form.
func relativeTo(root, path string) string {
	absRoot, err1 := filepath.Abs(root)
	absPath, err2 := filepath.Abs(path)
	if err1 != nil || err2 != nil {
		return filepath.ToSlash(path)
	}
	rel, err := filepath.Rel(absRoot, absPath)
	if err != nil {
		return filepath.ToSlash(absPath)
	}
	return filepath.ToSlash(rel)
}
