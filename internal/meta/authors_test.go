package meta

import (
	"slices"
	"testing"
)

func TestSplitAuthors(t *testing.T) {
	tests := []struct {
		byline string
		want   []string
	}{
		{"By Jane Doe", []string{"Jane Doe"}},
		{"By Jane Doe and John Roe", []string{"Jane Doe", "John Roe"}},
		{"Von Anna Schmidt und Peter Müller", []string{"Anna Schmidt", "Peter Müller"}},
		{"Par Marie Dupont et Jean Martin", []string{"Marie Dupont", "Jean Martin"}},
		{"Jane Doe, John Roe & Max Mustermann", []string{"Jane Doe", "John Roe", "Max Mustermann"}},
		{"Written by: Jane Doe", []string{"Jane Doe"}},
		{"Veröffentlicht von Chris Jung", []string{"Chris Jung"}},
		{"Jane Doe, Staff Writer", []string{"Jane Doe"}},
		{"Sunday, Feb 1, 2015 11:57 AM UTC", nil},
		{"Jun 18th 2018", nil},
		{"Sylvia Grossgasteiger, Oktober 2021", []string{"Sylvia Grossgasteiger"}},
		{"Jane Doe August 21, 2019", []string{"Jane Doe"}},
		{"By Jan Kowalski", []string{"Jan Kowalski"}},
		{"Jane Doe Redakteurin", []string{"Jane Doe"}},
		{"Jane Doe jane.doe@example.com", []string{"Jane Doe"}},
		{"MORITZ GATHMANN am 21. April 2020", []string{"MORITZ GATHMANN"}},
		{"by Josiah Motley August 21, 2019", []string{"Josiah Motley"}},
		{"Posted on March 3, 2020 by Jane Doe", []string{"Jane Doe"}},
		{"9. Februar 2019 von Heiko", []string{"Heiko"}},
		{"Walter von Aachen", []string{"Walter von Aachen"}},
		{"Jose de la Cruz", []string{"Jose de la Cruz"}},
		{"happyface313", []string{"happyface313"}},
		{"Tomas Spahn Fr, 12.03.2021", []string{"Tomas Spahn"}},
		{"Alle Artikel", nil},
		{"Staff Writer", nil},
		{"Veröffentlicht am", nil},
		{"Hanns-Seidel-Stiftung e.V.", nil},
		{"news service reports", nil},
		{"", nil},
	}
	for _, tt := range tests {
		if got := SplitAuthors(tt.byline); !slices.Equal(got, tt.want) {
			t.Errorf("SplitAuthors(%q) = %q, want %q", tt.byline, got, tt.want)
		}
	}
}

func TestChooseAuthors(t *testing.T) {
	tests := []struct {
		name    string
		sources [][]string
		sites   []string
		want    []string
	}{
		{"first source wins", [][]string{{"Jane Doe"}, {"John Roe"}}, nil, []string{"Jane Doe"}},
		{"empty source skipped", [][]string{nil, {"By John Roe"}}, nil, []string{"John Roe"}},
		{"site name is no author", [][]string{{"Example News"}, {"Jane Doe"}}, []string{"Example News"}, []string{"Jane Doe"}},
		{"site name after a name is cut", [][]string{{"Jane Doe Example.com"}}, []string{"example.com"}, []string{"Jane Doe"}},
		{"user name gives way to a real name", [][]string{{"jane.doe"}, {"Jane Doe"}}, nil, []string{"Jane Doe"}},
		{"user name kept when alone", [][]string{{"jdoe"}}, nil, []string{"jdoe"}},
		{"repeats dropped", [][]string{{"Jane Doe", "jane doe"}}, nil, []string{"Jane Doe"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := chooseAuthors(tt.sources, tt.sites); !slices.Equal(got, tt.want) {
				t.Errorf("chooseAuthors = %q, want %q", got, tt.want)
			}
		})
	}
}
