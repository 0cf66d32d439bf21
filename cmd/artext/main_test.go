package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/artext/artext/internal/golden"
	"github.com/rogpeppe/go-internal/testscript"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"artext": func() { os.Exit(run(os.Args[1:], newSystemStreams())) },
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
		Setup: func(env *testscript.Env) error {
			env.Setenv("TESTDATA", testdata)
			env.Setenv("NO_COLOR", "1")
			return nil
		},
	})
}
