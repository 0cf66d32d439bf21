package boilerplate

import "testing"

// BenchmarkDefaultCompile measures what the first call of Default costs:
// parsing the embedded rule files, compiling their patterns and building
// the prefilters.
func BenchmarkDefaultCompile(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := loadFS(defaultFiles, "rules"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkApplyBlock measures Apply on one block of each common sort:
// a long paragraph, a short sentence, and a line of boilerplate.
func BenchmarkApplyBlock(b *testing.B) {
	rules := Default()
	for _, tt := range []struct{ name, text string }{
		{"paragraph", "Sir Keir Starmer has hailed “real progress” as European leaders, including Volodymyr Zelensky, held talks with Donald Trump aimed at bringing an end to the war in Ukraine. Describing an end to the war as crucial for “the security of the UK”, the prime minister said the meeting marked a “historic step” towards peace in the war-torn region. Sir Keir joined Mr Zelensky, French president Emmanuel Macron and Nato secretary general Mark Rutte for the crunch talks on Monday, and said afterwards that the talks had been good and constructive."},
		{"sentence", "Mr Trump said Moscow would accept multinational efforts to guarantee Ukraine's security."},
		{"boilerplate", "Sign up to read this article"},
	} {
		blocks := []Block{{Text: tt.text}}
		b.Run(tt.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				rules.Apply(blocks, "en")
			}
		})
	}
}

// BenchmarkForHost measures what picking the rules of a page costs: for a
// set without sites (the default), and for one with a file of site rules,
// on a host it names and on one it does not.
func BenchmarkForHost(b *testing.B) {
	site, err := Parse("site.yaml", []byte("sites: [news.example.com]\ncategory: x\nremove: [.newsletter]\nrules:\n  - id: thanks\n    phrase: Thanks for reading\n"))
	if err != nil {
		b.Fatal(err)
	}
	scoped, err := Merge(Default(), site)
	if err != nil {
		b.Fatal(err)
	}
	for _, tt := range []struct {
		name  string
		rules *RuleSet
		host  string
	}{{"no-sites", Default(), "www.example.org"}, {"other-host", scoped, "www.example.org"}, {"named-host", scoped, "news.example.com"}} {
		b.Run(tt.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				tt.rules.ForHost(tt.host).ElementRules(tt.host)
			}
		})
	}
}
