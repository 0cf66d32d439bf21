// Package version is the artext version command, and the version that
// artext --version prints and that its User-Agent carries, read from the
// build information that the go command stamps in the binary.
package version

import (
	"fmt"
	"runtime/debug"
	"strings"
)

// Build is what a binary says of its build: enough for a bug report to
// name the code it ran.
type Build struct {
	// Version is the main module's version: a release ("v1.4.0") when
	// installed with go install ...@version, a pseudo-version
	// ("v0.0.0-20261206024618-c65f2ef5f675", "+dirty" when the work tree
	// had changes) when built from a git clone by Go 1.24 or later, and
	// "(devel)" when the go command stamped none.
	Version string
	// Revision is the commit built from, "" when not stamped.
	Revision string
	// Time is the commit's time, in RFC 3339 form, "" when not stamped.
	Time string
	// Modified reports whether the work tree had uncommitted changes.
	Modified bool
	// Go is the Go release that built the binary, and Platform its
	// GOOS/GOARCH; "" when unknown.
	Go, Platform string
}

// FromBuildInfo reads a Build from the build information of a binary, as
// debug.ReadBuildInfo returns it. A nil info gives a Build of version
// "(unknown)".
func FromBuildInfo(info *debug.BuildInfo) Build {
	if info == nil {
		return Build{Version: "(unknown)"}
	}
	b := Build{Version: info.Main.Version, Go: info.GoVersion}
	if b.Version == "" {
		b.Version = "(devel)"
	}
	var goos, goarch string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			b.Revision = s.Value
		case "vcs.time":
			b.Time = s.Value
		case "vcs.modified":
			b.Modified = s.Value == "true"
		case "GOOS":
			goos = s.Value
		case "GOARCH":
			goarch = s.Value
		}
	}
	if goos != "" && goarch != "" {
		b.Platform = goos + "/" + goarch
	}
	return b
}

// Current returns the build information of the running binary, nil when it
// has none.
func Current() *debug.BuildInfo {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return nil
	}
	return info
}

// String returns what artext version prints: the version on the first line,
// after "artext ", then the revision, its date and the Go release, each on
// a line of its own when known:
//
//	artext v0.0.0-20261206024618-c65f2ef5f675
//	revision c65f2ef5f67567d6bf745b2e9072149f5843a316
//	date     2026-12-06T02:46:18Z
//	go       go1.26.8 linux/amd64
//
// A build from a work tree that the go command could not stamp says so,
// rather than leave the reader to guess.
func (b Build) String() string {
	var s strings.Builder
	fmt.Fprintf(&s, "artext %s\n", b.Version)
	switch {
	case b.Revision != "":
		fmt.Fprintf(&s, "revision %s", b.Revision)
		if b.Modified {
			s.WriteString(" (modified)")
		}
		s.WriteString("\n")
	case b.Version == "(devel)":
		s.WriteString("revision unknown: built without VCS information (go build -buildvcs=true in a git clone stamps it)\n")
	}
	if b.Time != "" {
		fmt.Fprintf(&s, "date     %s\n", b.Time)
	}
	if b.Go != "" {
		fmt.Fprintf(&s, "go       %s", b.Go)
		if b.Platform != "" {
			fmt.Fprintf(&s, " %s", b.Platform)
		}
		s.WriteString("\n")
	}
	return s.String()
}

// UserAgent returns the default User-Agent of artext's requests:
// "artext/" and the module version ("artext/v1.4.0"), or "artext/devel" for
// a build without one.
func (b Build) UserAgent() string {
	if !strings.HasPrefix(b.Version, "v") {
		return "artext/devel"
	}
	return "artext/" + b.Version
}
