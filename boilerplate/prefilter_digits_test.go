package boilerplate

import (
	"regexp/syntax"
	"testing"
)

func TestMinDigits(t *testing.T) {
	tests := []struct {
		pattern string
		want    int
	}{
		{`\d`, 1},
		{`(?i)^page \d+ of \d+$`, 2},
		{`[0-9]{2,4}`, 2},
		{`2020|19\d\d`, 4},
		{`(?i)x\d?`, 0},
		{`\d*`, 0},
		{`[0-9a-f]+`, 0},
		{`\d{1,2}\.\d{1,2}|(?:jan|feb) \d{4}`, 2},
		{`(?:jan|feb)( \d{4})?`, 0},
		{`\pN`, 0},
	}
	for _, tt := range tests {
		re, err := syntax.Parse(tt.pattern, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		if got := minDigits(re.Simplify()); got != tt.want {
			t.Errorf("minDigits(%q) = %d, want %d", tt.pattern, got, tt.want)
		}
	}
}
