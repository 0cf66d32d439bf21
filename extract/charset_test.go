package extract_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/artext/artext/extract"
)

// TestCharsets decodes pages written in various charsets, each file named
// after what it tests, and checks the charset reported and a phrase of the
// text.
func TestCharsets(t *testing.T) {
	tests := []struct {
		file     string
		encoding string // forced with Options.Encoding, if set
		charset  string
		title    string
		phrase   string
	}{
		{file: "windows-1252.html", charset: "windows-1252", title: "Un café à Paris – l’été", phrase: "Les “guillemets” et le signe € montrent"},
		{file: "ISO-8859-1.html", charset: "windows-1252", title: "Über die Dächer", phrase: "Über den Dächern der Stadt schwebte"},
		{file: "GB18030.html", charset: "gb18030", title: "城市的早晨", phrase: "公园里有很多老人在打太极拳"},
		{file: "Shift_JIS.html", charset: "shift_jis", title: "新しい電車", phrase: "駅員さんは笑顔で乗客を案内していました。"},
		{file: "UTF-16LE-with-BOM.html", charset: "utf-16le", title: "Über die Dächer", phrase: "die Möwen über dem Wasser kreisten"},
		{file: "UTF-16BE-without-BOM.html", charset: "utf-16be", title: "Über die Dächer", phrase: "die Möwen über dem Wasser kreisten"},
		{file: "BOM-UTF-8-vs-meta-windows-1252.html", charset: "utf-8", title: "Un café à Paris", phrase: "une dame âgée lisait son journal"},
		{file: "undeclared-windows-1252.html", charset: "windows-1252", title: "Un café à Paris", phrase: "une dame âgée lisait son journal"},
		// A page saved as UTF-8 whose <meta> still names its old charset.
		{file: "meta-gb2312-but-UTF-8.html", charset: "utf-8", title: "城市的早晨", phrase: "公园里有很多老人在打太极拳"},
		{file: "undeclared-Shift_JIS.html", charset: "shift_jis", title: "新しい電車", phrase: "駅員さんは笑顔で乗客を案内していました。"},
		// --encoding wins over the page's own declaration.
		{file: "undeclared-windows-1252.html", encoding: "iso-8859-15", charset: "iso-8859-15", title: "Un café à Paris", phrase: "une dame âgée lisait"},
		{file: "BOM-UTF-8-vs-meta-windows-1252.html", encoding: "utf-8", charset: "utf-8", title: "Un café à Paris", phrase: "une dame âgée lisait"},
	}
	for _, tt := range tests {
		t.Run(tt.file+"/"+tt.encoding, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("../testdata/charset", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			a, err := extract.FromBytes(context.Background(), data, extract.Options{Encoding: tt.encoding})
			if err != nil {
				t.Fatal(err)
			}
			if a.Source.Charset != tt.charset {
				t.Errorf("charset = %q, want %q", a.Source.Charset, tt.charset)
			}
			if a.Title != tt.title {
				t.Errorf("title = %q, want %q", a.Title, tt.title)
			}
			if !strings.Contains(a.Text, tt.phrase) {
				t.Errorf("text lacks %q:\n%s", tt.phrase, a.Text)
			}
		})
	}
}

func TestUnknownEncoding(t *testing.T) {
	_, err := extract.FromBytes(context.Background(), []byte("<p>x</p>"), extract.Options{Encoding: "klingon", Name: "page.html"})
	if err == nil || err.Error() != `page.html: unknown encoding "klingon"` {
		t.Errorf("err = %v, want page.html: unknown encoding \"klingon\"", err)
	}
}
