package textpath

import (
	"slices"
	"strings"
	"testing"

	"github.com/artext/artext/boilerplate"
	"github.com/artext/artext/internal/textutil"
)

// TestIsCaption tells photo captions from lines of text.
func TestIsCaption(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Seven European leaders joined Zelensky, including French president Emmanuel Macron and German chancellor Friedrich Merz (AFP/Getty)", true},
		{"The meeting came just six months after a White House bust-up between the pair (Getty)", true},
		{"Sir Keir Starmer said ‘we’ve made real progress today’ (Reuters)", true},
		{"During the discussions, Sir Keir welcomed plans for a security guarantee (PA)", true},
		{"Boris Johnson leaves Downing Street. Photograph: Jane Smith/The Guardian", true},
		{"Die Fähre im Hafen. Foto: dpa", true},
		{"A crowd gathers outside the court (Jane Doe/Getty Images)", true},
		{"Un grupo de pingüinos, en la Antártida el 11 de febrero pasado. EFE", true},
		{"Dee Dee Myers Getty Images", true},
		{"The statement was confirmed by AP", false},
		{"Crowds outside the court Jane Doe AFP/Getty", true},
		{"He joined the party (Labour) in 1990.", false},
		{"The figures came from the news agency Reuters.", false},
		{"Getty", false},
		{"Results (PDF)", false},
		{"The talks were described as progress on some sort of (a) trilateral meeting of some sort.", false},
		{"The minister said the plan would cost more than expected, and that the treasury would have to find the money elsewhere (Reuters)" + strings.Repeat(" and more words", 20), false},
	}
	for _, tt := range tests {
		b := inputBlock{text: tt.text}
		if got := isCaption(tt.text, measureBlock(&b)); got != tt.want {
			t.Errorf("isCaption(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestBylines finds bylines and the names in them, and tells them from
// other short lines.
func TestBylines(t *testing.T) {
	tests := []struct {
		line      string
		intro     bool // the line has "By", "Von" and the like
		names     string
		date      string
		isByline  bool
		nameAlone bool // a line of names alone, without "By"
	}{
		{"Tom Watling and Archie Mitchell", false, "Tom Watling and Archie Mitchell", "", false, true},
		{"By A. Smith, Bea Jones and Carl van der Berg", true, "A. Smith, Bea Jones and Carl van der Berg", "", true, false},
		{"By Anna Berg | 3 March 2024, 09:15", true, "Anna Berg", "3 March 2024, 09:15", true, false},
		{"Geschrieben von Cooper am 25.08.2015 22:30 (1599 x gelesen)", true, "Cooper", "25.08.2015 22:30", true, false},
		{"Von Max Müller, 16.08.2019", true, "Max Müller", "16.08.2019", true, false},
		{"von Sonia Mevißen Erstellt am 01.01.23 um 08:35", true, "Sonia Mevißen", "01.01.23 um 08:35", true, false},
		{"Herr Steffen Ecks28.04.2020, 10:27 Uhr", false, "Herr Steffen Ecks", "28.04.2020, 10:27", false, true},
		{"By the way, this is a sentence.", true, "the way, this is a sentence.", "", false, false},
		{"Ein Artikel von Miriam Ruhenstroth", true, "Miriam Ruhenstroth", "", true, false},
		{"A column by Jane Doe and John Roe", true, "Jane Doe and John Roe", "", true, false},
		{"Politics", false, "Politics", "", false, false},
		{"Home News World Sport Weather", false, "Home News World Sport Weather", "", false, false},
		{"Starmer hails ‘real progress’ on Ukraine", false, "Starmer hails ‘real progress’ on Ukraine", "", false, false},
	}
	for _, tt := range tests {
		names, date := splitBylineLine(tt.line)
		names = strings.TrimSpace(bylineIntro.ReplaceAllString(names, ""))
		if names != tt.names || date != tt.date {
			t.Errorf("splitBylineLine(%q) = %q, %q; want %q, %q", tt.line, names, date, tt.names, tt.date)
		}
		if got := looksLikeByline(tt.line); got != tt.isByline {
			t.Errorf("looksLikeByline(%q) = %v, want %v", tt.line, got, tt.isByline)
		}
		if got := !tt.intro && isNameList(names, 2); got != tt.nameAlone {
			t.Errorf("isNameList(%q, 2) = %v, want %v", names, got, tt.nameAlone)
		}
	}
}

// TestParseTextDate reads the dates that pages write, day and month in
// the order of each shape.
func TestParseTextDate(t *testing.T) {
	tests := []struct{ in, found, want string }{
		{"Published 3 March 2024", "3 March 2024", "2024-03-03"},
		{"3 March 2024, 09:15", "3 March 2024, 09:15", "2024-03-03T09:15:00Z"},
		{"Veröffentlicht am 16.08.2019", "16.08.2019", "2019-08-16"},
		{"24. August 2019 um 03:36 Uhr", "24. August 2019 um 03:36", "2019-08-24T03:36:00Z"},
		{"July 11, 2011 at 12:25 pm", "July 11, 2011 at 12:25 pm", "2011-07-11T12:25:00Z"},
		{"July 11, 2011 at 2:54 pm", "July 11, 2011 at 2:54 pm", "2011-07-11T14:54:00Z"},
		{"6 de mayo de 2022 05:30", "6 de mayo de 2022 05:30", "2022-05-06T05:30:00Z"},
		{"Updated 2023-11-05T10:00", "2023-11-05T10:00", "2023-11-05T10:00:00Z"},
		{"03/14/2024", "03/14/2024", "2024-03-14"},
		{"14/03/2024", "14/03/2024", "2024-03-14"},
		{"03/05/2022 20:36", "03/05/2022 20:36", "2022-05-03T20:36:00Z"},
		{"no date here, only 12 words and 2024", "", ""},
		// Shapes the metadata path read first.
		{"Opublikowano 28 kwietnia 2021", "28 kwietnia 2021", "2021-04-28"},
		{"11 maja 2021, 11:49", "11 maja 2021, 11:49", "2021-05-11T11:49:00Z"},
		{"19.10.19, 08:16", "19.10.19, 08:16", "2019-10-19T08:16:00Z"},
		{"28-04-2021, 09:29", "28-04-2021, 09:29", "2021-04-28T09:29:00Z"},
		{"Mise à jour 2020年1月13日 10:15", "2020年1月13日 10:15", "2020-01-13T10:15:00Z"},
		{"FINTECH20. Juni 2019", "20. Juni 2019", "2019-06-20"},
		{"16. 08. 2019", "16. 08. 2019", "2019-08-16"},
		// Times of day it reads now.
		{"9 décembre 2019 à 09h08", "9 décembre 2019 à 09h08", "2019-12-09T09:08:00Z"},
		{"19.2.2020 16:20päivitetty", "19.2.2020 16:20", "2020-02-19T16:20:00Z"},
		{"3 March 2024 10.000 readers", "3 March 2024", "2024-03-03"},
		{"16.08.2019 25:70", "16.08.2019", "2019-08-16"},
		// Dates it does not read.
		{"[bildschirmfoto_2022-11-18_um_14]", "", ""},
		{"31.02.2020 and 1 May 1945", "", ""},
	}
	for _, tt := range tests {
		found := findDate(tt.in)
		if found != tt.found {
			t.Errorf("findDate(%q) = %q, want %q", tt.in, found, tt.found)
			continue
		}
		if found == "" {
			continue
		}
		if got, raw := parseTextDate(found, false); got != tt.want || raw != found {
			t.Errorf("parseTextDate(%q) = %q, %q; want %q", found, got, raw, tt.want)
		}
	}
}

// TestDensestRun finds the run of blocks whose weights add up to most.
func TestDensestRun(t *testing.T) {
	tests := []struct {
		weights    []int
		start, end int
	}{
		{nil, 0, 0},
		{[]int{-3, -3}, 0, 0},
		{[]int{-3, -6, 40, -3, 30, -3, -6, 5, -3}, 2, 5},
		{[]int{-3, -6, 40, -3, 30, -3, -6, 12, -3}, 2, 8},
		{[]int{-3, 40, -3, -3, -3, 20, -6}, 1, 6},
		{[]int{5}, 0, 1},
	}
	for _, tt := range tests {
		if s, e := densestRun(tt.weights); s != tt.start || e != tt.end {
			t.Errorf("densestRun(%v) = %d, %d; want %d, %d", tt.weights, s, e, tt.start, tt.end)
		}
	}
}

// TestTextExtent finds where the article starts and ends in pages whose
// header and footer no rule knows.
func TestTextExtent(t *testing.T) {
	prose := "This is a sentence of the article, long enough to be counted as prose by the extractor, which wants twenty words."
	page := strings.Join([]string{
		"Site name", "Home", "World", "Sport", "Search [          ]", "",
		"A headline for the story", "",
		prose, "", prose + " Two.", "", "A subheading", "", prose + " Three.", "",
		"Share", "Facebook", "Twitter", "Most read", "• One", "• Two", "• Three", "© 2024 Site",
	}, "\n")
	doc := Split(page, "") // no rule removes a block
	doc.classify()
	doc.start, doc.end = densestRun(doc.weights())
	var kept []string
	for i := doc.start; i < doc.end; i++ {
		kept = append(kept, doc.blocks[i].text)
	}
	want := []string{prose, prose + " Two.", "A subheading", prose + " Three."}
	if !slices.Equal(kept, want) {
		t.Errorf("extent = %q, want %q", kept, want)
	}
}

// TestCommentsStart ends the article where its readers' comments start,
// and not at its date line under the lead.
func TestCommentsStart(t *testing.T) {
	prose := "This is a sentence of the article, long enough to be counted as prose by the extractor, which wants twenty words."
	comment := "A reader's comment on the article, long enough to be counted as prose by the extractor, which wants twenty words."
	lines := []string{
		"A headline for the story", "",
		prose + " " + prose + " " + prose, "",
		"27.04.2020 - 18:50 Uhr 3 Kommentare", "",
		prose, "", prose, "", prose, "", prose, "", prose, "",
		"Herr Steffen Ecks, 28.04.2020, 10:27 Uhr", "", comment, "",
		"Herr Hans Bajohr, 27.04.2020, 20:10 Uhr", "", comment,
	}
	doc := Split(strings.Join(lines, "\n"), "") // no rule removes a block
	doc.classify()
	doc.start, doc.end = 0, len(doc.blocks)
	end := doc.commentsStart()
	if got := doc.blocks[end].text; got != "Herr Steffen Ecks, 28.04.2020, 10:27 Uhr" {
		t.Errorf("comments start at %q, want the first comment", got)
	}
}

// TestSplitPlainBlocks divides plain text into blocks: lines, list items,
// table rows, wrapped paragraphs joined, columns put in reading order.
func TestSplitPlainBlocks(t *testing.T) {
	wrapped := "This paragraph was wrapped by the program that wrote it, at\n" +
		"about sixty columns, so that its lines must be joined again\n" +
		"before anything else happens to them, or the sentences break.\n" +
		"\n" +
		"A second paragraph, wrapped the same way, with its last line\n" +
		"short.\n"
	columns := "Menu                Right column text that is long enough to count as text\n" +
		"Home                as a column, wrapped in a narrow cell of a layout table\n" +
		"About               and continued here on the third line of the layout.\n" +
		"Contact\n"
	tests := []struct {
		name string
		in   string
		want []string
		kind []boilerplate.Kind
	}{
		{"lines", "One\nTwo\n\nThree", []string{"One", "Two", "Three"}, []boilerplate.Kind{boilerplate.Line, boilerplate.Line, boilerplate.Line}},
		{"bullets", "  • Home\n  • News\n 1. First\n", []string{"Home", "News", "1. First"}, []boilerplate.Kind{boilerplate.ListItem, boilerplate.ListItem, boilerplate.Line}},
		{"table-row", "Name    Age    City\nAnna    34     Oslo\n", []string{"Name | Age | City", "Anna | 34 | Oslo"}, []boilerplate.Kind{boilerplate.TableCell, boilerplate.TableCell}},
		{"form-field", "Search [          ] [Go]\n", []string{"Search [__] [Go]"}, []boilerplate.Kind{boilerplate.Line}},
		{"wrapped", wrapped, []string{
			"This paragraph was wrapped by the program that wrote it, at about sixty columns, so that its lines must be joined again before anything else happens to them, or the sentences break.",
			"A second paragraph, wrapped the same way, with its last line short.",
		}, []boilerplate.Kind{boilerplate.Line, boilerplate.Line}},
		{"columns", columns, []string{
			"Menu", "Home", "About",
			"Right column text that is long enough to count as text as a column, wrapped in a narrow cell of a layout table and continued here on the third line of the layout.",
			"Contact",
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks := splitPlainBlocks(textutil.Lines(tt.in))
			var got []string
			var kinds []boilerplate.Kind
			for _, b := range blocks {
				got = append(got, b.text)
				kinds = append(kinds, b.kind)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("blocks = %q, want %q", got, tt.want)
			}
			if tt.kind != nil && !slices.Equal(kinds, tt.kind) {
				t.Errorf("kinds = %v, want %v", kinds, tt.kind)
			}
		})
	}
}

// TestParseTextDateMonthFirst reads a slashed date month first when told.
func TestParseTextDateMonthFirst(t *testing.T) {
	if got, _ := parseTextDate("03/05/2022", true); got != "2022-03-05" {
		t.Errorf("parseTextDate(03/05/2022, month first) = %q", got)
	}
}
