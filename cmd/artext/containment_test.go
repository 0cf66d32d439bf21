package main

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/artext/artext/extract"
)

func TestContainStuckDocument(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	_, err := contain(context.Background(), 50*time.Millisecond, func(context.Context) (*extract.Article, error) {
		<-release // stuck, and deaf to its context
		return &extract.Article{}, nil
	})
	var te *docTimeoutError
	if !errors.As(err, &te) {
		t.Fatalf("error %v, want a *docTimeoutError", err)
	}
	if got, want := err.Error(), "extraction took longer than 50ms (--doc-timeout)"; got != want {
		t.Errorf("error %q, want %q", got, want)
	}
}

func TestContainPanic(t *testing.T) {
	for _, limit := range []time.Duration{0, time.Minute} {
		_, err := contain(context.Background(), limit, func(context.Context) (*extract.Article, error) {
			panic("boom")
		})
		var pe *panicError
		if !errors.As(err, &pe) || err.Error() != "internal error: boom" {
			t.Errorf("limit %v: error %v, want internal error: boom", limit, err)
		}
	}
}

func TestContainPassesResult(t *testing.T) {
	want := &extract.Article{Title: "T"}
	for _, limit := range []time.Duration{0, time.Minute} {
		got, err := contain(context.Background(), limit, func(ctx context.Context) (*extract.Article, error) {
			if _, ok := ctx.Deadline(); ok != (limit > 0) {
				t.Errorf("limit %v: the context has a deadline: %v", limit, ok)
			}
			return want, extract.ErrNoContent
		})
		if got != want || !errors.Is(err, extract.ErrNoContent) {
			t.Errorf("limit %v: got %v, %v; want the work's article and error", limit, got, err)
		}
	}
}

func TestContainInterrupted(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	release := make(chan struct{})
	defer close(release)
	time.AfterFunc(20*time.Millisecond, cancel)
	_, err := contain(ctx, time.Minute, func(context.Context) (*extract.Article, error) {
		<-release
		return nil, nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("error %v, want context.Canceled", err)
	}
}

// TestDocTimeoutRunGoesOn gives every input a time limit it cannot meet:
// each is reported failed, and the run goes through all of them.
func TestDocTimeoutRunGoesOn(t *testing.T) {
	dir := writePages(t, map[string]string{
		"a.html": articlePage("Alpha"),
		"b.html": articlePage("Beta"),
		"c.html": articlePage("Gamma"),
	})
	code, stdout, stderr := runArtext(t, nil, "-f", "jsonl", "--doc-timeout", "1ns", dir)
	if code != exitError {
		t.Errorf("exit code %d, want %d", code, exitError)
	}
	if n := strings.Count(stderr, "extraction took longer than 1ns (--doc-timeout)"); n != 3 {
		t.Errorf("%d inputs timed out, want 3; stderr:\n%s", n, stderr)
	}
	if n := strings.Count(stdout, `"error":`); n != 3 {
		t.Errorf("%d failure lines on standard output, want 3:\n%s", n, stdout)
	}
	if !strings.Contains(stderr, filepath.Join(dir, "c.html")+": extraction took longer") {
		t.Errorf("the last input was not reached:\n%s", stderr)
	}
}
