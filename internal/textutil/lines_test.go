package textutil

import (
	"slices"
	"testing"
)

func TestLines(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", []string{""}},
		{"\ufeffone\r\ntwo\rthree\n", []string{"one", "two", "three", ""}},
		{"a\tb", []string{"a       b"}},
		{"日本\tx", []string{"日本    x"}},
		{"trailing  \u00a0\u3000", []string{"trailing"}},
	}
	for _, tt := range tests {
		if got := Lines(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("Lines(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDisplayWidth(t *testing.T) {
	for s, want := range map[string]int{"": 0, "abc": 3, "日本語": 6, "café": 4} {
		if got := DisplayWidth(s); got != want {
			t.Errorf("DisplayWidth(%q) = %d, want %d", s, got, want)
		}
	}
}
