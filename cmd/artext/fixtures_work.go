package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"github.com/artext/artext/extract"
)

// fixtureState says what a run found, or did, for one page's fixture.
type fixtureState int

const (
	fixtureUnchanged fixtureState = iota // the output is the fixture
	fixtureChanged                       // it differs: shown (check) or rewritten (update)
	fixtureMissing                       // there is none: reported (check) or written (update)
	fixtureFailed                        // the page could not be read, or the fixture written
)

// fixtureOutcome is what became of one page's fixture.
type fixtureOutcome struct {
	page      fixturePage
	state     fixtureState
	noArticle bool   // the page holds no article
	diff      string // for check, of a changed fixture
	err       error  // for fixtureFailed
}

// process extracts one page and compares its output with its fixture; for
// update, it writes the fixture where it is missing or differs.
func (r *fixtureRun) process(ctx context.Context, p fixturePage) fixtureOutcome {
	out := fixtureOutcome{page: p}
	if p.err != nil {
		return out.fail(namedError(p.path, p.err))
	}
	now, noArticle, err := r.render(ctx, p)
	if err != nil {
		return out.fail(err)
	}
	out.noArticle = noArticle
	old, err := os.ReadFile(p.fixture)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		out.state = fixtureMissing
	case err != nil:
		return out.fail(fmt.Errorf("%s: reading its fixture: %w", p.path, err))
	default:
		oldView, nowView, err := r.views(old, now)
		switch {
		case err != nil && !r.opts.update:
			return out.fail(fmt.Errorf("%s: %w", p.fixture, err))
		case err == nil && bytes.Equal(oldView, nowView):
			return out // unchanged
		}
		out.state = fixtureChanged
		if !r.opts.update {
			out.diff = unifiedDiff(p.fixture+" (fixture)", p.fixture+" (now)", oldView, nowView)
		}
	}
	if r.opts.update {
		if err := writeBelow(r.root, p.fixture, now); err != nil {
			return out.fail(namedError(p.path, err))
		}
	}
	return out
}

func (o fixtureOutcome) fail(err error) fixtureOutcome {
	o.state, o.err = fixtureFailed, err
	return o
}

// render extracts the page, with the address in its sidecar, and renders
// its fixture. A page that holds no article renders as such, with
// noArticle set.
func (r *fixtureRun) render(ctx context.Context, p fixturePage) (data []byte, noArticle bool, err error) {
	url, err := readSidecar(p.sidecar)
	if err != nil {
		return nil, false, fmt.Errorf("%s: %w", p.path, err)
	}
	opts := r.x.options
	opts.Name = p.name
	opts.URL = url
	f, err := openInput(p.path, nil)
	if err != nil {
		return nil, false, err
	}
	defer f.Close()
	a, err := extract.FromReader(ctx, f, opts)
	switch {
	case errors.Is(err, extract.ErrNoContent):
		data, err = noArticleFixture(p.name, r.x.format)
		return data, true, err
	case err != nil:
		// The library names the page by its name below DIR; say its path.
		return nil, false, fmt.Errorf("%s: %s", p.path, strings.TrimPrefix(err.Error(), p.name+": "))
	}
	var buf bytes.Buffer
	if err := extract.Write(&buf, a, r.x.format, extract.WriteOptions{NoFrontMatter: r.x.opts.noFrontMatter}); err != nil {
		return nil, false, fmt.Errorf("%s: %w", p.path, err)
	}
	return buf.Bytes(), false, nil
}

// readSidecar returns the address in the sidecar file at path: its first
// line, trimmed; "" when there is no such file.
func readSidecar(path string) (string, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("reading its address: %w", err)
	}
	line, _, _ := strings.Cut(string(data), "\n")
	return strings.TrimSpace(line), nil
}

// noArticleFixture is the fixture of a page that holds no article: in
// JSON, the failure object of JSON Lines output, indented; in the other
// formats, an empty file.
func noArticleFixture(name string, f extract.Format) ([]byte, error) {
	if f != extract.FormatJSON {
		return []byte{}, nil
	}
	var line, buf bytes.Buffer
	if err := extract.WriteFailure(&line, extract.Source{Name: name}, extract.ErrNoContent); err != nil {
		return nil, err
	}
	if err := json.Indent(&buf, line.Bytes(), "", "  "); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// views returns what is compared of a fixture and of the output now: the
// whole files, or with --fields the chosen fields of each.
func (r *fixtureRun) views(old, now []byte) (oldView, nowView []byte, err error) {
	if len(r.fields) == 0 {
		return old, now, nil
	}
	if nowView, err = selectFields(now, r.fields); err != nil {
		return nil, nil, err
	}
	if oldView, err = selectFields(old, r.fields); err != nil {
		return nil, nil, fmt.Errorf("the fixture is %w", err)
	}
	return oldView, nowView, nil
}
