package cmdutil

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/artext/artext/extract"
)

func TestExitCodeAndReport(t *testing.T) {
	for _, tc := range []struct {
		name   string
		err    error
		code   int
		report string
	}{
		{"success", nil, ExitOK, ""},
		{"usage", Usagef("-j %d: want a positive number", -1), ExitUsage, "artext: -j -1: want a positive number\n"},
		{"wrapped usage", fmt.Errorf("flags: %w", Usagef("bad")), ExitUsage, "artext: flags: bad\n"},
		{"no article", extract.NameError("page.html", extract.ErrNoContent), ExitNoArticle, "artext: page.html: no article content found\n"},
		{"input error", extract.NameError("page.html", errors.New("is a directory")), ExitError, "artext: page.html: is a directory\n"},
		{"reported already", SilentExit(ExitNoArticle), ExitNoArticle, ""},
		{"a code of its own", &ExitCodeError{Code: ExitError, Err: errors.New("F1 is too low")}, ExitError, "artext: F1 is too low\n"},
		{"interrupted", fmt.Errorf("run: %w", context.Canceled), ExitError, "artext: interrupted\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := ExitCode(tc.err); got != tc.code {
				t.Errorf("ExitCode = %d, want %d", got, tc.code)
			}
			if tc.err == nil {
				return
			}
			var b bytes.Buffer
			ReportError(&b, tc.err)
			if b.String() != tc.report {
				t.Errorf("ReportError wrote %q, want %q", b.String(), tc.report)
			}
		})
	}
}

func TestByteSize(t *testing.T) {
	for in, want := range map[string]int64{
		"1000": 1000, "500KB": 500_000, "500kib": 500 << 10, "10MiB": 10 << 20, "2G": 2 << 30, " 7 b ": 7,
	} {
		var b ByteSize
		if err := b.Set(in); err != nil || int64(b) != want {
			t.Errorf("Set(%q) = %d, %v; want %d", in, b, err, want)
		}
	}
	for _, in := range []string{"", "lots", "-1", "0", "1.5MB", "99999999999G"} {
		var b ByteSize
		if err := b.Set(in); err == nil {
			t.Errorf("Set(%q) = %d, want an error", in, b)
		}
	}
}

func TestModeAndInputFormat(t *testing.T) {
	for f, want := range map[ModeFlags]extract.Mode{
		{}:                extract.Balanced,
		{Precision: true}: extract.Precision,
		{Recall: true}:    extract.Recall,
	} {
		if got, err := f.Mode(); got != want || err != nil {
			t.Errorf("%+v: %v, %v; want %v", f, got, err, want)
		}
	}
	if _, err := (ModeFlags{Precision: true, Recall: true}).Mode(); ExitCode(err) != ExitUsage {
		t.Errorf("both: error %v, want a usage error", err)
	}
	for in, want := range map[string]extract.InputFormat{"": extract.InputAuto, "auto": extract.InputAuto, "html": extract.InputHTML, "txt": extract.InputText, "md": extract.InputText} {
		if got, err := ParseInputFormat(in); got != want || err != nil {
			t.Errorf("ParseInputFormat(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := ParseInputFormat("pdf"); ExitCode(err) != ExitUsage {
		t.Errorf("pdf: error %v, want a usage error", err)
	}
}

func TestOneLine(t *testing.T) {
	for _, tc := range []struct {
		in   string
		n    int
		want string
	}{
		{"a\n  b\tc", 10, "a b c"},
		{"abcdef", 4, "abc…"},
		{"ééééé", 5, "ééééé"},
	} {
		if got := OneLine(tc.in, tc.n); got != tc.want {
			t.Errorf("OneLine(%q, %d) = %q, want %q", tc.in, tc.n, got, tc.want)
		}
	}
}
