package version

import (
	"bytes"
	"runtime/debug"
	"testing"

	"github.com/artext/artext/internal/cli/cmdutil"
)

// info returns build information of the version v with the settings kv, in
// pairs of key and value.
func info(v string, kv ...string) *debug.BuildInfo {
	bi := &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Path: "github.com/artext/artext", Version: v}}
	bi.Settings = append(bi.Settings, debug.BuildSetting{Key: "GOOS", Value: "linux"}, debug.BuildSetting{Key: "GOARCH", Value: "amd64"})
	for i := 0; i+1 < len(kv); i += 2 {
		bi.Settings = append(bi.Settings, debug.BuildSetting{Key: kv[i], Value: kv[i+1]})
	}
	return bi
}

const (
	rev  = "c65f2ef5f67567d6bf745b2e9072149f5843a316"
	date = "2026-12-06T02:46:18Z"
)

func TestBuild(t *testing.T) {
	for _, tc := range []struct {
		name      string
		info      *debug.BuildInfo
		want      string
		userAgent string
	}{
		{
			name:      "go install at a release",
			info:      info("v1.4.0"),
			want:      "artext v1.4.0\ngo       go1.26.8 linux/amd64\n",
			userAgent: "artext/v1.4.0",
		},
		{
			name: "go build in a git clone",
			info: info("v0.0.0-20261206024618-c65f2ef5f675", "vcs", "git", "vcs.revision", rev, "vcs.time", date, "vcs.modified", "false"),
			want: "artext v0.0.0-20261206024618-c65f2ef5f675\n" +
				"revision " + rev + "\n" +
				"date     " + date + "\n" +
				"go       go1.26.8 linux/amd64\n",
			userAgent: "artext/v0.0.0-20261206024618-c65f2ef5f675",
		},
		{
			name: "go build in a git clone with changes",
			info: info("v0.0.0-20261206024618-c65f2ef5f675+dirty", "vcs.revision", rev, "vcs.time", date, "vcs.modified", "true"),
			want: "artext v0.0.0-20261206024618-c65f2ef5f675+dirty\n" +
				"revision " + rev + " (modified)\n" +
				"date     " + date + "\n" +
				"go       go1.26.8 linux/amd64\n",
			userAgent: "artext/v0.0.0-20261206024618-c65f2ef5f675+dirty",
		},
		{
			name: "an older Go, which stamps the revision but no version",
			info: info("(devel)", "vcs.revision", rev, "vcs.time", date, "vcs.modified", "false"),
			want: "artext (devel)\n" +
				"revision " + rev + "\n" +
				"date     " + date + "\n" +
				"go       go1.26.8 linux/amd64\n",
			userAgent: "artext/devel",
		},
		{
			name: "a worktree, or -buildvcs=false",
			info: info("(devel)"),
			want: "artext (devel)\n" +
				"revision unknown: built without VCS information (go build -buildvcs=true in a git clone stamps it)\n" +
				"go       go1.26.8 linux/amd64\n",
			userAgent: "artext/devel",
		},
		{
			name: "a test binary",
			info: &debug.BuildInfo{GoVersion: "go1.26.8"},
			want: "artext (devel)\n" +
				"revision unknown: built without VCS information (go build -buildvcs=true in a git clone stamps it)\n" +
				"go       go1.26.8\n",
			userAgent: "artext/devel",
		},
		{
			name:      "no build information",
			info:      nil,
			want:      "artext (unknown)\n",
			userAgent: "artext/devel",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := FromBuildInfo(tc.info)
			if got := b.String(); got != tc.want {
				t.Errorf("String() =\n%s\nwant\n%s", got, tc.want)
			}
			if got := b.UserAgent(); got != tc.userAgent {
				t.Errorf("UserAgent() = %q, want %q", got, tc.userAgent)
			}
		})
	}
}

func TestNewCmdVersion(t *testing.T) {
	build := FromBuildInfo(info("v1.4.0"))
	s := &cmdutil.Streams{}

	// Flags to options.
	var got *VersionOptions
	cmd := NewCmdVersion(s, build, func(o *VersionOptions) error { got = o; return nil })
	cmd.SetArgs(nil)
	if err := cmd.Execute(); err != nil || got == nil || got.Build != build || got.Streams != s {
		t.Fatalf("options %+v, error %v", got, err)
	}
	cmd = NewCmdVersion(s, build, func(*VersionOptions) error { return nil })
	cmd.SetArgs([]string{"extra"})
	cmd.SilenceErrors, cmd.SilenceUsage = true, true
	if err := cmd.Execute(); cmdutil.ExitCode(err) != cmdutil.ExitUsage {
		t.Errorf("an argument: error %v, want a usage error", err)
	}

	// Options to output.
	var out bytes.Buffer
	if err := Run(&VersionOptions{Streams: &cmdutil.Streams{Out: &out}, Build: build}); err != nil {
		t.Fatal(err)
	}
	if out.String() != build.String() {
		t.Errorf("printed %q, want %q", out.String(), build.String())
	}
}
