package meta

import (
	"strings"
	"testing"
)

// ungatedShapes are dateShapes without their mayHold tests.
func ungatedShapes() []dateShape {
	shapes := make([]dateShape, len(dateShapes))
	copy(shapes, dateShapes)
	for i := range shapes {
		shapes[i].mayHold = nil
	}
	return shapes
}

// TestDateShapeGates checks that the mayHold tests of the date shapes
// pass every text that holds a date of their shape.
func TestDateShapeGates(t *testing.T) {
	ungated := ungatedShapes()
	for _, s := range []string{
		"9. Februar 2019", "3rd March 2020", "6 de mayo de 2022", "13-jan-2020", "3rdmarch 2020", "1º de março, 2021",
		"March 3, 2020", "Sept. 3rd 2020", "march  12 ,2020", "Posted on May 5th, 2019 at 10:15 pm",
		"2020-01-13", "13.01.2020", "01/13/20", "2020年1月13日", "2020년 1월 13일",
		"March 123 2020", "März 2019", "May the 4th", "in 2020", "1. mai 20201",
	} {
		for _, monthFirst := range []bool{false, true} {
			got, gotOK := FindWrittenDate(s, monthFirst)
			want, wantOK := findDateOfShapes(s, monthFirst, ungated)
			if got != want || gotOK != wantOK {
				t.Errorf("FindWrittenDate(%q) = %v, %v; without the gates %v, %v", s, got, gotOK, want, wantOK)
			}
		}
	}
}

// FuzzDateShapeGates is TestDateShapeGates on any text.
func FuzzDateShapeGates(f *testing.F) {
	for _, seed := range []string{"9. Februar 2019", "Sept. 3rd 2020", "6 de mayo de 2022", "2020年1月13日", "13.01.2020", "3rdmarch\t2020"} {
		f.Add(seed)
	}
	ungated := ungatedShapes()
	f.Fuzz(func(t *testing.T, s string) {
		for _, monthFirst := range []bool{false, true} {
			got, gotOK := FindWrittenDate(s, monthFirst)
			want, wantOK := findDateOfShapes(s, monthFirst, ungated)
			if got != want || gotOK != wantOK {
				t.Errorf("FindWrittenDate(%q) = %v, %v; without the gates %v, %v", s, got, gotOK, want, wantOK)
			}
		}
	})
}

// TestSlashedMonthFirst reads slashed dates month first only where the
// text shows it does.
func TestSlashedMonthFirst(t *testing.T) {
	tests := []struct {
		lines string
		want  bool
	}{
		{"Posted 03/05/2022", false},
		{"Posted 03/05/2022\nUpdated 03/25/2022", true},
		{"Posted 25/03/2022\nUpdated 03/05/2022", false},
		{"March 3, 2022\nPosted 03/05/2022", true},
		{"3 March 2022\nPosted 03/05/2022", false},
		{"Posted 03/05/2022 03/25/2022", true},
		{"Posted 3/25/22", true},
	}
	for _, tt := range tests {
		if got := SlashedMonthFirst(strings.Split(tt.lines, "\n")); got != tt.want {
			t.Errorf("SlashedMonthFirst(%q) = %v, want %v", tt.lines, got, tt.want)
		}
	}
}
