package extract_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"

	"github.com/artext/artext/extract"
)

func ExampleRunBatch() {
	pages := []string{
		examplePage,
		"<html><body><img src=photo.jpg></body></html>",
		strings.Replace(examplePage, "Tides", "Currents", 2),
	}
	type result struct {
		name    string
		article *extract.Article
		err     error
	}
	extractPage := func(ctx context.Context, i int) result {
		name := fmt.Sprintf("page-%d.html", i)
		a, err := extract.FromReader(ctx, strings.NewReader(pages[i]), extract.Options{Name: name})
		return result{name, a, err}
	}
	// Two workers; results come in the order of the inputs.
	inputs := slices.Values([]int{0, 1, 2})
	for r := range extract.RunBatch(context.Background(), inputs, 2, extractPage) {
		switch {
		case errors.Is(r.err, extract.ErrNoContent):
			fmt.Println(r.name, "holds no article")
		case r.err != nil:
			fmt.Println(r.err)
		default:
			fmt.Println(r.name, r.article.Title, r.article.WordCount)
		}
	}
	// Output:
	// page-0.html Tides 54
	// page-1.html holds no article
	// page-2.html Currents 54
}

func ExampleFetcher_Extract() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, ".pdf") {
			w.Header().Set("Content-Type", "application/pdf")
			fmt.Fprint(w, "%PDF-1.7")
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, examplePage)
	}))
	defer srv.Close()

	f := &extract.Fetcher{UserAgent: "example/1.0", Retries: 2}
	a, err := f.Extract(context.Background(), srv.URL+"/tides", extract.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Title, a.Source.Charset, strings.TrimPrefix(a.URL, srv.URL))

	_, err = f.Extract(context.Background(), srv.URL+"/report.pdf", extract.Options{})
	fmt.Println(strings.TrimPrefix(err.Error(), srv.URL))
	// Output:
	// Tides utf-8 /tides
	// /report.pdf: unsupported content type application/pdf: want HTML or text
}
