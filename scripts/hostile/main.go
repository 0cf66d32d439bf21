// Command hostile runs the hostile-input battery through a built artext
// binary and prints a Markdown table of each case's outcome, exit code,
// seconds (wall-clock, and CPU: on a busy machine the wall clock says
// more about the other programs) and peak memory. It exits 1 when a case breaks the battery's
// limits: an exit code other than 0, 1 or 3, more than 10 seconds, more
// than 500 MB, more than one line on standard error, or a panic.
//
// Usage:
//
//	go build -o /tmp/artext ./cmd/artext && go run ./scripts/hostile /tmp/artext [ARGS...]
//
// ARGS are passed to artext before each input (default: none, the default
// options). The HTTP cases are served on loopback by this program. Peak
// memory is the child's maximum resident set size, as getrusage reports
// it (Linux). HOSTILE_ONLY=TEXT in the environment runs only the cases
// whose name contains TEXT.
package main

import (
	"bytes"
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"time"

	"github.com/artext/artext/internal/hostile"
)

// The battery's limits.
const (
	maxSeconds = 10
	maxMB      = 500
	killAfter  = 120 * time.Second // a case that runs this long is killed
)

// portPattern finds the loopback addresses in messages, whose ports
// change from run to run.
var portPattern = regexp.MustCompile(`127\.0\.0\.1:\d+`)

type result struct {
	name, what string
	code       int
	stderr     string
	stdoutLen  int
	seconds    float64 // wall-clock
	cpu        float64 // user and system
	peakMB     float64
}

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: hostile ARTEXT_BINARY [ARGS...]")
		os.Exit(2)
	}
	if len(os.Args) == 4 && os.Args[1] == "-make" {
		if err := writeFile(os.Args[2], os.Args[3]); err != nil {
			fmt.Fprintln(os.Stderr, "hostile:", err)
			os.Exit(1)
		}
		return
	}
	bin, args := os.Args[1], os.Args[2:]
	dir, err := os.MkdirTemp("", "hostile")
	if err != nil {
		fmt.Fprintln(os.Stderr, "hostile:", err)
		os.Exit(1)
	}
	defer os.RemoveAll(dir)

	var results []result
	only := os.Getenv("HOSTILE_ONLY")
	for _, f := range hostile.Files() {
		if !strings.Contains(f.Name, only) {
			continue
		}
		path := filepath.Join(dir, f.Name)
		if err := makeFile(f.Name, path); err != nil {
			fmt.Fprintln(os.Stderr, "hostile:", err)
			os.Exit(1)
		}
		r := runCase(bin, append(args[:len(args):len(args)], f.Name), dir)
		r.name, r.what = f.Name, f.What
		results = append(results, r)
		os.Remove(path)
		fmt.Fprintf(os.Stderr, "%s: %s\n", f.Name, r.outcome())
	}
	for _, s := range hostile.Servers() {
		if !strings.Contains(s.Name, only) {
			continue
		}
		srv := httptest.NewServer(s.Handler)
		r := runCase(bin, append(args[:len(args):len(args)], srv.URL+"/"), dir)
		r.stderr = portPattern.ReplaceAllString(r.stderr, "127.0.0.1:PORT")
		srv.CloseClientConnections()
		srv.Close()
		r.name, r.what = "http: "+s.Name, s.What
		results = append(results, r)
		fmt.Fprintf(os.Stderr, "%s: %s\n", s.Name, r.outcome())
	}

	fmt.Println("| case | input | exit | outcome | seconds | CPU s | peak MB |")
	fmt.Println("| --- | --- | --- | --- | ---: | ---: | ---: |")
	failed := 0
	for _, r := range results {
		mark := ""
		if problem := r.problem(); problem != "" {
			mark = " **" + problem + "**"
			failed++
		}
		fmt.Printf("| %s | %s | %d | %s%s | %.2f | %.2f | %.0f |\n", r.name, r.what, r.code, strings.ReplaceAll(r.outcome(), "|", `\|`), mark, r.seconds, r.cpu, r.peakMB)
	}
	if failed > 0 {
		fmt.Fprintf(os.Stderr, "hostile: %d of %d cases broke the limits\n", failed, len(results))
		os.Exit(1)
	}
}

// runCase runs bin with args, in dir, and measures it.
func runCase(bin string, args []string, dir string) result {
	ctx, cancel := context.WithTimeout(context.Background(), killAfter)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Dir = dir
	var stdout byteCounter // not kept: this process must stay small
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err := cmd.Run()
	r := result{seconds: time.Since(start).Seconds(), stderr: stderr.String(), stdoutLen: int(stdout), code: -1}
	if cmd.ProcessState != nil {
		r.code = cmd.ProcessState.ExitCode()
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			r.peakMB = float64(ru.Maxrss) * 1024 / 1e6 // Linux reports kilobytes
			r.cpu = time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
		}
	}
	if err != nil && r.code == -1 {
		r.stderr = err.Error()
	}
	return r
}

// outcome is the first line of the case's standard error, with the
// or the size of its output.
func (r result) outcome() string {
	if s := strings.TrimSpace(r.stderr); s != "" {
		line, _, _ := strings.Cut(s, "\n")
		return line
	}
	return fmt.Sprintf("extracted (%d bytes of JSON)", r.stdoutLen)
}

// problem says how r breaks the battery's limits, or returns "".
func (r result) problem() string {
	switch {
	case r.code != 0 && r.code != 1 && r.code != 3:
		return fmt.Sprintf("exit code %d", r.code)
	case strings.Contains(r.stderr, "panic") || strings.Contains(r.stderr, "goroutine "):
		return "panic"
	case strings.Count(strings.TrimSpace(r.stderr), "\n") > 0:
		return "several lines on stderr"
	case r.seconds > maxSeconds:
		return fmt.Sprintf("over %d s", maxSeconds)
	case r.peakMB > maxMB:
		return fmt.Sprintf("over %d MB", maxMB)
	}
	return ""
}

// byteCounter is an io.Writer that counts what is written to it.
type byteCounter int64

func (c *byteCounter) Write(p []byte) (int, error) {
	*c += byteCounter(len(p))
	return len(p), nil
}

// makeFile writes the hostile file called name to path in a process of its
// own: Linux counts the peak memory of the process that starts a program
// in the program's own peak, so this one must stay small.
func makeFile(name, path string) error {
	self, err := os.Executable()
	if err != nil {
		return err
	}
	cmd := exec.Command(self, "-make", name, path)
	cmd.Stderr = os.Stderr
	return cmd.Run()
}

// writeFile writes the hostile file called name to path.
func writeFile(name, path string) error {
	for _, f := range hostile.Files() {
		if f.Name == name {
			return os.WriteFile(path, f.Make(), 0o644)
		}
	}
	return fmt.Errorf("no hostile file %q", name)
}
