package htmlpath

import (
	"strings"
	"testing"
)

// FuzzReadName checks that a BEM modifier never changes what a class name
// says, whatever the name.
func FuzzReadName(f *testing.F) {
	for _, seed := range []string{"share-buttons", "jp-relatedposts", "RelatedCoverage-container", "entry-content",
		"has-sidebar", "o-section--has-ads", "wp-caption-text", "c-fixed-sidebar-layout--140--left@lg", "Ünïcode-menu", ""} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, name string) {
		if name == "" || strings.HasPrefix(name, "--") || len(name)+len("--mod") > maxName {
			return
		}
		if got, want := readName(name+"--mod"), readName(name); got != want {
			t.Errorf("readName(%q) = %+v, readName(%q) = %+v", name+"--mod", got, name, want)
		}
	})
}
