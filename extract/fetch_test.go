package extract_test

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/artext/artext/extract"
	_ "github.com/artext/artext/internal/golden"
)

const fetchPage = `<!DOCTYPE html><html><head><title>Fetched</title></head><body><article>
<p>A page served over HTTP by a test server on the loopback interface, for the fetcher's tests.</p>
<p>It has enough prose for readability to believe that it holds an article, which takes a few sentences.</p>
<p>A third paragraph closes it, as articles tend to end with a paragraph of their own.</p>
</article></body></html>`

// newServer starts a loopback test server and stops it with the test.
func newServer(t *testing.T, h http.HandlerFunc) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

func servePage(w http.ResponseWriter, contentType string, body []byte) {
	w.Header().Set("Content-Type", contentType)
	w.Write(body)
}

func TestFetchRedirects(t *testing.T) {
	srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		var n int
		if _, err := fmt.Sscanf(r.URL.Path, "/hop/%d", &n); err == nil && n > 0 {
			http.Redirect(w, r, fmt.Sprintf("/hop/%d", n-1), http.StatusFound)
			return
		}
		servePage(w, "text/html", []byte(fetchPage))
	})
	f := &extract.Fetcher{}
	resp, err := f.Fetch(context.Background(), srv.URL+"/hop/10")
	if err != nil {
		t.Fatalf("10 redirects: %v", err)
	}
	if want := srv.URL + "/hop/0"; resp.URL != want {
		t.Errorf("URL after redirects = %q, want %q", resp.URL, want)
	}
	_, err = f.Fetch(context.Background(), srv.URL+"/hop/11")
	if err == nil || !strings.HasSuffix(err.Error(), ": stopped after 10 redirects") {
		t.Errorf("11 redirects: err = %v, want stopped after 10 redirects", err)
	}
	_, err = (&extract.Fetcher{MaxRedirects: -1}).Fetch(context.Background(), srv.URL+"/hop/1")
	var he *extract.HTTPError
	if !errors.As(err, &he) || he.StatusCode != http.StatusFound {
		t.Errorf("no redirects followed: err = %v, want HTTP 302", err)
	}
}

func TestFetchRefusesSchemes(t *testing.T) {
	srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
	})
	for _, tc := range []struct{ url, want string }{
		{"ftp://example.com/page.html", `ftp://example.com/page.html: unsupported URL scheme "ftp" (want http or https)`},
		{"file:///etc/passwd", `file:///etc/passwd: unsupported URL scheme "file" (want http or https)`},
		{srv.URL + "/", srv.URL + `/: redirected to unsupported URL scheme "file"`},
	} {
		_, err := (&extract.Fetcher{}).Fetch(context.Background(), tc.url)
		if err == nil || err.Error() != tc.want {
			t.Errorf("Fetch(%s) = %v, want %s", tc.url, err, tc.want)
		}
	}
}

func TestFetchStatusErrors(t *testing.T) {
	srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "gone fishing", http.StatusNotFound)
	})
	_, err := (&extract.Fetcher{Retries: 3}).Fetch(context.Background(), srv.URL+"/missing")
	var he *extract.HTTPError
	if !errors.As(err, &he) || he.StatusCode != 404 {
		t.Fatalf("err = %v, want an *HTTPError 404", err)
	}
	if want := srv.URL + "/missing: HTTP 404 Not Found"; err.Error() != want {
		t.Errorf("err = %q, want %q", err, want)
	}
}

func TestFetchRetries(t *testing.T) {
	for _, tc := range []struct {
		name     string
		failures []int // statuses answered before a 200
		retries  int
		wantErr  string // "" for success
		requests int32
	}{
		{"429 then 200, one retry", []int{429}, 1, "", 2},
		{"429 then 200, no retry", []int{429}, 0, "HTTP 429 Too Many Requests", 1},
		{"503 twice, two retries", []int{503, 503}, 2, "", 3},
		{"500 three times, two retries", []int{500, 500, 500}, 2, "HTTP 500 Internal Server Error", 3},
		{"403 is not retried", []int{403}, 3, "HTTP 403 Forbidden", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var requests atomic.Int32
			srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
				n := int(requests.Add(1))
				if n <= len(tc.failures) {
					if n == 1 {
						w.Header().Set("Retry-After", "0")
					}
					http.Error(w, "try later", tc.failures[n-1])
					return
				}
				servePage(w, "text/html", []byte(fetchPage))
			})
			f := &extract.Fetcher{Retries: tc.retries, RetryWait: time.Millisecond}
			resp, err := f.Fetch(context.Background(), srv.URL)
			switch {
			case tc.wantErr == "" && err != nil:
				t.Errorf("err = %v, want success", err)
			case tc.wantErr == "" && string(resp.Body) != fetchPage:
				t.Errorf("body = %q, want the page", resp.Body)
			case tc.wantErr != "" && (err == nil || !strings.HasSuffix(err.Error(), tc.wantErr)):
				t.Errorf("err = %v, want %s", err, tc.wantErr)
			}
			if got := requests.Load(); got != tc.requests {
				t.Errorf("%d requests, want %d", got, tc.requests)
			}
		})
	}
}

func TestFetchContentEncoding(t *testing.T) {
	encode := map[string]func(io.Writer) io.WriteCloser{
		"gzip":        func(w io.Writer) io.WriteCloser { return gzip.NewWriter(w) },
		"deflate":     func(w io.Writer) io.WriteCloser { return zlib.NewWriter(w) },
		"raw deflate": func(w io.Writer) io.WriteCloser { zw, _ := flate.NewWriter(w, 5); return zw },
	}
	for name, newWriter := range encode {
		t.Run(name, func(t *testing.T) {
			var gotAccept string
			srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
				gotAccept = r.Header.Get("Accept-Encoding")
				var buf bytes.Buffer
				zw := newWriter(&buf)
				io.WriteString(zw, fetchPage)
				zw.Close()
				w.Header().Set("Content-Encoding", strings.TrimPrefix(name, "raw "))
				servePage(w, "text/html; charset=utf-8", buf.Bytes())
			})
			resp, err := (&extract.Fetcher{}).Fetch(context.Background(), srv.URL)
			if err != nil {
				t.Fatal(err)
			}
			if string(resp.Body) != fetchPage {
				t.Errorf("body = %q, want the decoded page", resp.Body)
			}
			if gotAccept != "gzip, deflate" {
				t.Errorf("Accept-Encoding = %q, want gzip, deflate", gotAccept)
			}
		})
	}
}

func TestFetchMaxBytes(t *testing.T) {
	big := strings.Repeat("<p>Words and more words.</p>\n", 100) // 2,900 bytes
	srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/gzip" {
			w.Header().Set("Content-Encoding", "gzip")
			zw := gzip.NewWriter(w)
			io.WriteString(zw, big)
			zw.Close()
			return
		}
		io.WriteString(w, big)
	})
	for _, path := range []string{"/plain", "/gzip"} {
		_, err := (&extract.Fetcher{MaxBytes: 1000}).Fetch(context.Background(), srv.URL+path)
		var tl *extract.TooLargeError
		if !errors.As(err, &tl) || tl.Limit != 1000 {
			t.Errorf("%s: err = %v, want a *TooLargeError of 1000 bytes", path, err)
		}
	}
	if _, err := (&extract.Fetcher{MaxBytes: 3000}).Fetch(context.Background(), srv.URL+"/gzip"); err != nil {
		t.Errorf("under the limit: %v", err)
	}
}

func TestFetchContentTypes(t *testing.T) {
	for _, tc := range []struct {
		contentType string
		body        string
		wantErr     string
	}{
		{"text/html; charset=utf-8", fetchPage, ""},
		{"application/xhtml+xml", fetchPage, ""},
		{"text/plain", "Some text.", ""},
		{"", fetchPage, ""},
		{"application/octet-stream", fetchPage, ""},
		{"application/pdf", "%PDF-1.7 ...", "unsupported content type application/pdf: want HTML or text"},
		{"image/png", "\x89PNG\r\n\x1a\n", "unsupported content type image/png: want HTML or text"},
		{"application/octet-stream", "%PDF-1.7 ...", "unsupported content type application/pdf (recognised from the content): want HTML or text"},
	} {
		srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
			if tc.contentType == "" {
				w.Header()["Content-Type"] = nil // no header at all
			} else {
				w.Header().Set("Content-Type", tc.contentType)
			}
			io.WriteString(w, tc.body)
		})
		_, err := (&extract.Fetcher{}).Fetch(context.Background(), srv.URL)
		var ce *extract.ContentTypeError
		switch {
		case tc.wantErr == "" && err != nil:
			t.Errorf("%q: err = %v, want success", tc.contentType, err)
		case tc.wantErr != "" && (!errors.As(err, &ce) || !strings.HasSuffix(err.Error(), ": "+tc.wantErr)):
			t.Errorf("%q: err = %v, want a *ContentTypeError: %s", tc.contentType, err, tc.wantErr)
		}
	}
}

func TestFetchTimeout(t *testing.T) {
	srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.WriteHeader(http.StatusOK)
		io.WriteString(w, "<p>The start of a page that never ends")
		w.(http.Flusher).Flush()
		<-r.Context().Done() // the body never ends: the whole request must time out
	})
	_, err := (&extract.Fetcher{Timeout: 50 * time.Millisecond}).Fetch(context.Background(), srv.URL)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want a deadline", err)
	}
	if want := srv.URL + ": timed out after 50ms"; !strings.HasPrefix(err.Error(), want) {
		t.Errorf("err = %q, want %q", err, want)
	}
}

func TestFetchUserAgent(t *testing.T) {
	var got atomic.Value
	srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		got.Store(r.UserAgent())
		servePage(w, "text/html", []byte(fetchPage))
	})
	for _, tc := range []struct{ set, want string }{
		{"", "artext"},
		{"artext/v1.2.0", "artext/v1.2.0"},
	} {
		if _, err := (&extract.Fetcher{UserAgent: tc.set}).Fetch(context.Background(), srv.URL); err != nil {
			t.Fatal(err)
		}
		if got.Load() != tc.want {
			t.Errorf("User-Agent = %q, want %q", got.Load(), tc.want)
		}
	}
}

func TestFetcherExtractTrustsHeaderCharset(t *testing.T) {
	// The page says UTF-8, the header says windows-1252, and the bytes are
	// windows-1252: the header wins, as browsers do.
	page := strings.Replace(fetchPage, "<title>Fetched</title>", `<meta charset="utf-8"><title>Fetched</title>`, 1)
	page = strings.Replace(page, "A page served", "A caf\xe9 served", 1)
	srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		servePage(w, "text/html; charset=windows-1252", []byte(page))
	})
	a, err := (&extract.Fetcher{}).Extract(context.Background(), srv.URL+"/story", extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Source.Charset != "windows-1252" || !strings.HasPrefix(a.Text, "A café served") {
		t.Errorf("charset %q, text %.20q: want windows-1252 and café", a.Source.Charset, a.Text)
	}
	if a.URL != srv.URL+"/story" || a.Source.Name != srv.URL+"/story" {
		t.Errorf("url %q, source %q: want the URL", a.URL, a.Source.Name)
	}
}
