package safetest

import "testing"

// failRecorder records whether a check failed, for tests of the checks.
type failRecorder struct {
	testing.TB
	failed bool
}

func (r *failRecorder) Helper()               {}
func (r *failRecorder) Errorf(string, ...any) { r.failed = true }

// TestChecksCatchUnsafeOutput makes sure that the checks the fuzzers rely
// on fail on unsafe output.
func TestChecksCatchUnsafeOutput(t *testing.T) {
	for _, md := range []string{
		"[x](javascript:alert(1))",
		"![x](data:text/html,hi)",
		"text [x]( <JavaScript:alert(1)>)",
		"[r]: vbscript:x",
		"<script>alert(1)</script>",
		"<javascript:alert(1)>",
		"a <img src=x onerror=alert(1)>",
	} {
		r := &failRecorder{TB: t}
		CheckMarkdown(r, md)
		if !r.failed {
			t.Errorf("CheckMarkdown passed %q", md)
		}
	}
	for _, h := range []string{
		"<p><script>alert(1)</script></p>",
		`<p onclick="alert(1)">x</p>`,
		`<a href=" javascript:alert(1)">x</a>`,
		`<img src="data:text/html,x">`,
		`<a href="data:image/png;base64,AAAA">x</a>`,
		`<form><p>x</p></form>`,
	} {
		r := &failRecorder{TB: t}
		CheckHTML(r, h)
		if !r.failed {
			t.Errorf("CheckHTML passed %q", h)
		}
	}
}
