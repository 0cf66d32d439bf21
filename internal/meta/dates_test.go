package meta

import (
	"net/url"
	"testing"
	"time"

	"github.com/artext/artext/internal/document"
)

func TestNormalizeDate(t *testing.T) {
	tests := []struct{ raw, want string }{
		{"2020-01-13", "2020-01-13"},
		{"2020-01-13T08:30:00+01:00", "2020-01-13T08:30:00+01:00"},
		{"2020-01-13T08:30:00", "2020-01-13T08:30:00Z"},
		{"Mon, 13 Jan 2020 08:30:00 GMT", "2020-01-13T08:30:00Z"},
		{"9. Februar 2019", "2019-02-09"},
		{"March 3, 2020", "2020-03-03"},
		{"6 de mayo de 2022", "2022-05-06"},
		{"13.01.2020", "2020-01-13"},
		{"2020年1月13日", "2020-01-13"},
		{"0001-01-01", ""},
		{"1577836800", ""},
		{"© 2019", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got, _ := normalizeDate(tt.raw); got != tt.want {
			t.Errorf("normalizeDate(%q) = %q, want %q", tt.raw, got, tt.want)
		}
	}
}

func TestFindDateInText(t *testing.T) {
	tests := []struct{ text, lang, want, raw string }{
		{"Posted on March 3rd, 2020 by Jane", "en", "2020-03-03", "March 3rd, 2020"},
		{"am Dienstag 6. Mai 2014 um 23:30", "de", "2014-05-06", "6. Mai 2014"},
		{"le 7 mai 2020 - 12:38", "fr", "2020-05-07", "7 mai 2020"},
		{"last edited 2019-11-10 13:28:18", "en", "2019-11-10", "2019-11-10"},
		{"03/04/2020", "en-US", "2020-03-04", "03/04/2020"},
		{"03/04/2020", "de", "2020-04-03", "03/04/2020"},
		{"04/13/2020", "de", "2020-04-13", "04/13/2020"},
		{"26.02.20", "de", "2020-02-26", "26.02.20"},
		{"Copyright 2019 Example Inc.", "en", "", ""},
		{"Heute, 21. Januar", "de", "", ""},
		{"31.02.2020", "de", "", ""},
		{"13-01-2020", "de", "2020-01-13", "13-01-2020"},
		{"am 4. 2. 2022", "de", "2022-02-04", "4. 2. 2022"},
		{"2016年10月14日07:17", "zh", "2016-10-14", "2016年10月14日"},
		{"İstanbul, 5 Mayıs 2021 14:00", "tr", "2021-05-05", "5 Mayıs 2021"},
		{"bild_2020-01-13_1.jpg", "de", "", ""},
	}
	for _, tt := range tests {
		d, start, end, ok := findDateInText(tt.text, tt.lang)
		got, raw := "", ""
		if ok {
			got, raw = d.Format(time.DateOnly), tt.text[start:end]
		}
		if got != tt.want || raw != tt.raw {
			t.Errorf("findDateInText(%q, %q) = %q from %q, want %q from %q", tt.text, tt.lang, got, raw, tt.want, tt.raw)
		}
	}
}

func TestDateInURL(t *testing.T) {
	tests := []struct{ url, want string }{
		{"https://example.com/2020/01/13/story/", "2020-01-13"},
		{"https://example.com/news/2020-01-13-story", "2020-01-13"},
		{"https://example.com/20200113/story", "2020-01-13"},
		{"https://example.com/2020/01/story", ""},
		{"https://example.com/story-12345678", ""},
	}
	for _, tt := range tests {
		u, _ := url.Parse(tt.url)
		got := ""
		if d, ok := dateInURL(u); ok {
			got = d.Format(time.DateOnly)
		}
		if got != tt.want {
			t.Errorf("dateInURL(%q) = %q, want %q", tt.url, got, tt.want)
		}
	}
}

func TestChooseDates(t *testing.T) {
	tests := []struct {
		name                string
		page                string
		published, modified string
	}{
		{"JSON-LD first", `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-01-13T08:00:00Z","dateModified":"2020-01-14"}</script>
			<meta property="article:published_time" content="2019-01-01"><h1>A title</h1>`, "2020-01-13T08:00:00Z", "2020-01-14"},
		{"shown date settles between structured ones", `<meta property="article:published_time" content="2020-02-25T02:25:54Z">
			<meta name="date" content="2020-02-24"><h1>A title</h1><p class="date">February 24, 2020</p>`, "2020-02-24", ""},
		{"shown date a day off UTC wins", `<meta property="article:published_time" content="2020-02-25T02:25:54Z">
			<h1>A title</h1><span class="byline">By Jane, February 24, 2020 | 9:25pm</span>`, "2020-02-24", ""},
		{"time element near the headline", `<h1>A title</h1><time class="entry-date published" datetime="2019-02-10T10:00:00+01:00">10. Februar 2019</time>
			<time class="updated" datetime="2019-02-11T10:00:00+01:00">11. Februar 2019</time>`, "2019-02-10T10:00:00+01:00", "2019-02-11T10:00:00+01:00"},
		{"comment dates ignored", `<h1>A title</h1><p>Text</p><div class="comments"><time datetime="2021-05-05">5 May</time></div>`, "", ""},
		{"text date near the headline", `<h1>A title</h1><p>Erstellt am Dienstag 6. Mai 2014</p>`, "2014-05-06", ""},
		{"no shown date after the declared ones", `<meta property="article:modified_time" content="2020-01-14">
			<h1>A title</h1><p>The concert takes place on 5 May 2021.</p>`, "", "2020-01-14"},
		{"edited date is a modification", `<h1>A title</h1><p>last edited 2019-11-10 13:28:18 by Jane</p>`, "", "2019-11-10"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var a document.Metadata
			m := Collect(parseHTML(t, tt.page), nil)
			m.decide(&a)
			if a.Published != tt.published || a.Modified != tt.modified {
				t.Errorf("published %q, modified %q; want %q, %q", a.Published, a.Modified, tt.published, tt.modified)
			}
		})
	}
}

// TestDatesIgnoreLocalZone decides the dates of a page in two local time
// zones far apart, and wants the same dates.
func TestDatesIgnoreLocalZone(t *testing.T) {
	page := `<meta property="article:published_time" content="2020-01-13T23:30:00">
		<meta property="article:modified_time" content="Mon, 13 Jan 2020 23:45:00">
		<h1>A title</h1><p class="date">13. Januar 2020</p>`
	saved := time.Local
	t.Cleanup(func() { time.Local = saved })
	var got [2]document.Metadata
	for i, offset := range []int{-10, 13} {
		time.Local = time.FixedZone("test", offset*3600)
		Collect(parseHTML(t, page), nil).decide(&got[i])
	}
	if got[0].Published != got[1].Published || got[0].Modified != got[1].Modified {
		t.Errorf("dates differ between zones: %q %q, %q %q", got[0].Published, got[0].Modified, got[1].Published, got[1].Modified)
	}
	if got[0].Published != "2020-01-13T23:30:00Z" {
		t.Errorf("published %q, want the time read as UTC", got[0].Published)
	}
}
