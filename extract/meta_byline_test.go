package extract

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// TestBylineAfterPruning checks that the byline is the page's own author
// line when pruning takes that line out before readability looks for it,
// and that a line naming no author found elsewhere is not taken.
func TestBylineAfterPruning(t *testing.T) {
	para := "<p>" + strings.Repeat("The council voted on the new budget after a long debate about roads. ", 6) + "</p>"
	tests := []struct {
		name        string
		byline      string
		wantByline  string
		wantAuthors []string
	}{
		{
			name:        "author line with a role",
			byline:      `<div class="author-info">By Jane Doe, Health Reporter</div>`,
			wantByline:  "By Jane Doe, Health Reporter",
			wantAuthors: []string{"Jane Doe"},
		},
		{
			name:        "no author line",
			byline:      `<div class="author-info">Share this story</div>`,
			wantByline:  "",
			wantAuthors: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := `<html><head><title>Budget passes</title></head><body><article><h1>Budget passes</h1>` +
				tt.byline + para + para + para + `</article></body></html>`
			a, err := FromBytes(context.Background(), []byte(page), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if a.Byline != tt.wantByline {
				t.Errorf("Byline = %q, want %q", a.Byline, tt.wantByline)
			}
			if !slices.Equal(a.Authors, tt.wantAuthors) {
				t.Errorf("Authors = %q, want %q", a.Authors, tt.wantAuthors)
			}
			if strings.Contains(a.Text, "Jane Doe") {
				t.Errorf("Text holds the byline: %q", a.Text)
			}
		})
	}
}
