package main

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/artext/artext/internal/golden"
	"github.com/artext/artext/internal/warctest"
	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets the scripts run artext in the test binary itself: main is
// the command, in-process, as a built binary would run it.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"artext": main,
	})
}

// TestScripts runs the scripts of testdata/script: the command's behaviour,
// flag by flag. With -update, cmp against files of the archive rewrites them.
// Scripts find the repository's testdata folder in $TESTDATA.
func TestScripts(t *testing.T) {
	testdata, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir:                 filepath.Join(testdata, "script"),
		RequireExplicitExec: true,
		UpdateScripts:       *golden.Update,
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"gzip":  cmdGzip,
			"serve": cmdServe,
			"warc":  cmdWARC,
		},
		Setup: func(env *testscript.Env) error {
			env.Setenv("TESTDATA", testdata)
			env.Setenv("NO_COLOR", "1")
			return nil
		},
	})
}

// cmdGzip compresses a file of the script's work folder: gzip FILE writes
// FILE.gz, as the gzip program does, so that scripts need nothing installed.
func cmdGzip(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: gzip FILE")
	}
	data, err := os.ReadFile(ts.MkAbs(args[0]))
	ts.Check(err)
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	_, err = zw.Write(data)
	ts.Check(err)
	ts.Check(zw.Close())
	ts.Check(os.WriteFile(ts.MkAbs(args[0]+".gz"), buf.Bytes(), 0o644))
}

// cmdWARC writes the sample archive of package warctest in the script's
// work folder: warc FILE, compressed a record at a time when FILE ends
// with .gz.
func cmdWARC(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: warc FILE")
	}
	var buf bytes.Buffer
	ts.Check(warctest.WriteSample(&buf, strings.HasSuffix(args[0], ".gz")))
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), buf.Bytes(), 0o644))
}
