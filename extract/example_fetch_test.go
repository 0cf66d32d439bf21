package extract_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"

	"github.com/artext/artext/extract"
)

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
