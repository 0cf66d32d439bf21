package batch_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/artext/artext/extract"
	"github.com/artext/artext/internal/batch"
)

const examplePage = `<!DOCTYPE html>
<html lang="en"><head><title>Tides</title></head>
<body><article><h1>Tides</h1>
<p>The sea rises and falls twice a day, pulled by the moon and, to a lesser degree, by the sun.</p>
<p>Where the coast is shaped like a funnel, as in the Bay of Fundy, the difference can exceed fifteen metres.</p>
<p>Fishermen, sailors and surfers read tide tables the way others read the weather forecast.</p>
</article></body></html>`

func ExampleRun() {
	pages := []string{
		examplePage,
		"<html><body><img src=photo.jpg></body></html>",
		strings.Replace(examplePage, "Tides", "Currents", 2),
	}
	type page struct {
		article *extract.Article
		err     error
	}
	extractPage := func(ctx context.Context, i int) page {
		name := fmt.Sprintf("page-%d.html", i)
		a, err := extract.FromReader(ctx, strings.NewReader(pages[i]), extract.Options{Name: name})
		return page{a, err}
	}
	// Two workers; results come in the order of the inputs.
	for r := range batch.Run(context.Background(), slices.Values([]int{0, 1, 2}), 2, extractPage) {
		switch p := r.Value; {
		case r.Err != nil: // the work panicked
			fmt.Println(r.Input, r.Err)
		case errors.Is(p.err, extract.ErrNoContent):
			fmt.Println(p.err)
		case p.err != nil:
			fmt.Println(p.err)
		default:
			fmt.Println(r.Input, p.article.Title, p.article.WordCount)
		}
	}
	// Output:
	// 0 Tides 54
	// page-1.html: no article content found
	// 2 Currents 54
}

func ExampleWithin() {
	slow := func(ctx context.Context) (string, error) {
		select {
		case <-time.After(time.Minute):
			return "done", nil
		case <-ctx.Done():
			return "", ctx.Err()
		}
	}
	_, err := batch.Within(context.Background(), 10*time.Millisecond, slow)
	var te *batch.TimeoutError
	fmt.Println(errors.As(err, &te), err)
	// Output:
	// true took longer than 10ms
}
