package hostile

import (
	"bufio"
	"fmt"
	"net"
	"net/http"
	"time"
)

// A Server is a hostile HTTP server case: a handler that misbehaves, to be
// served on loopback (httptest.NewServer) and fetched at its root.
type Server struct {
	Name    string // "redirect-loop"
	What    string // a short description, for the battery's table
	Handler http.Handler
}

// Limits that make every server stop by itself, whatever the client does.
const (
	slowServerBytes  = 120     // a byte a second for two minutes at most
	hugeServerBytes  = 4 << 30 // 4 GiB
	hugeServerChunk  = 64 << 10
	slowServerPeriod = time.Second
)

// Servers returns the hostile servers, in the order of the battery's table.
func Servers() []Server {
	return []Server{
		{Name: "redirect-loop", What: "a redirect loop", Handler: http.HandlerFunc(redirectLoop)},
		{Name: "slow", What: "a byte a second", Handler: http.HandlerFunc(slow)},
		{Name: "gigabytes", What: "4 GiB of HTML", Handler: http.HandlerFunc(gigabytes)},
		{Name: "short-body", What: "a Content-Length longer than the body", Handler: http.HandlerFunc(shortBody)},
		{Name: "long-body", What: "a Content-Length shorter than the body", Handler: http.HandlerFunc(longBody)},
		{Name: "reset", What: "a connection reset mid-body", Handler: http.HandlerFunc(reset)},
	}
}

// redirectLoop sends /a to /b and everything else to /a.
func redirectLoop(w http.ResponseWriter, r *http.Request) {
	next := "/a"
	if r.URL.Path == "/a" {
		next = "/b"
	}
	http.Redirect(w, r, next, http.StatusFound)
}

// slow sends the start of a page a byte a second.
func slow(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	page := Article(6)
	flusher, _ := w.(http.Flusher)
	t := time.NewTicker(slowServerPeriod)
	defer t.Stop()
	for i := 0; i < slowServerBytes && i < len(page); i++ {
		if _, err := w.Write(page[i : i+1]); err != nil {
			return
		}
		if flusher != nil {
			flusher.Flush()
		}
		select {
		case <-t.C:
		case <-r.Context().Done():
			return
		}
	}
}

// gigabytes sends a page that goes on for 4 GiB, or until the client
// hangs up.
func gigabytes(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write(Article(3))
	chunk := make([]byte, hugeServerChunk)
	for i := range chunk {
		chunk[i] = "<p>more and more </p>\n"[i%22]
	}
	for sent := 0; sent < hugeServerBytes; sent += len(chunk) {
		if _, err := w.Write(chunk); err != nil || r.Context().Err() != nil {
			return
		}
	}
}

// shortBody announces more bytes than it sends, then closes the
// connection.
func shortBody(w http.ResponseWriter, r *http.Request) {
	page := Article(6)
	rawResponse(w, func(bw *bufio.Writer) {
		fmt.Fprintf(bw, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\nConnection: close\r\n\r\n", len(page)*2)
		bw.Write(page)
	}, false)
}

// longBody announces fewer bytes than it sends.
func longBody(w http.ResponseWriter, r *http.Request) {
	page := Article(6)
	rawResponse(w, func(bw *bufio.Writer) {
		fmt.Fprintf(bw, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\nConnection: close\r\n\r\n", len(page)/2)
		bw.Write(page)
	}, false)
}

// reset sends half a page and resets the connection.
func reset(w http.ResponseWriter, r *http.Request) {
	page := Article(6)
	rawResponse(w, func(bw *bufio.Writer) {
		fmt.Fprintf(bw, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n", len(page))
		bw.Write(page[:len(page)/2])
	}, true)
}

// rawResponse takes the connection over from the HTTP server, writes what
// write writes, and closes it: with a TCP reset when rst is set.
func rawResponse(w http.ResponseWriter, write func(*bufio.Writer), rst bool) {
	hj, ok := w.(http.Hijacker)
	if !ok {
		http.Error(w, "cannot hijack", http.StatusInternalServerError)
		return
	}
	conn, buf, err := hj.Hijack()
	if err != nil {
		return
	}
	defer conn.Close()
	write(buf.Writer)
	buf.Flush()
	if tcp, ok := conn.(*net.TCPConn); ok && rst {
		time.Sleep(50 * time.Millisecond) // let the client read what was sent
		tcp.SetLinger(0)
	}
}
