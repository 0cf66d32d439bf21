package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"

	"github.com/rogpeppe/go-internal/testscript"
)

// cmdServe starts an HTTP server on loopback for the rest of the script and
// sets $SERVER to its address. It serves the files of the folder DIR of the
// script's work folder, and these paths besides:
//
//   - /agent: a page whose text is the request's User-Agent;
//   - /flaky/NAME: 429 Too Many Requests the first time, then a page;
//   - /slow: nothing, until the client gives up.
func cmdServe(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: serve DIR")
	}
	files := http.FileServer(http.Dir(ts.MkAbs(args[0])))
	var mu sync.Mutex
	asked := map[string]bool{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/agent":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, servedPage("Agent", "This request came from the agent "+r.UserAgent()+"."))
		case strings.HasPrefix(r.URL.Path, "/flaky/"):
			mu.Lock()
			again := asked[r.URL.Path]
			asked[r.URL.Path] = true
			mu.Unlock()
			if !again {
				w.Header().Set("Retry-After", "0")
				http.Error(w, "slow down", http.StatusTooManyRequests)
				return
			}
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, servedPage("Flaky", "This page came at the second request."))
		case r.URL.Path == "/slow":
			<-r.Context().Done()
		default:
			files.ServeHTTP(w, r)
		}
	}))
	ts.Defer(srv.Close)
	ts.Setenv("SERVER", srv.URL)
}

// servedPage returns an article page titled title whose paragraphs say
// what sentence says.
func servedPage(title, sentence string) string {
	p := "<p>" + sentence + " " + strings.Repeat("More words make this paragraph long enough to be prose. ", 4) + "</p>"
	return "<!DOCTYPE html><html><head><title>" + title + "</title></head><body><article><h1>" + title +
		"</h1>" + p + p + p + "</article></body></html>"
}
