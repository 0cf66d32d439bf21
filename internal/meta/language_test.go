package meta

import (
	"strings"
	"testing"
)

const (
	englishText = "The city council met on Tuesday to discuss the new budget for the coming year. Members of the public were invited to share their views on the plans, and many of them spoke about the schools and the roads that need repair."
	germanText  = "Der Stadtrat hat sich am Dienstag getroffen, um den neuen Haushalt für das kommende Jahr zu besprechen. Die Bürger waren eingeladen, ihre Meinung zu den Plänen zu sagen, und viele von ihnen sprachen über die Schulen und die Straßen."
)

func TestArticleLanguage(t *testing.T) {
	tests := []struct {
		name, declared, text, want string
	}{
		{"declared and agreeing", "de-AT", germanText, "de-AT"},
		{"declared, region form normalised", "en_us", englishText, "en-US"},
		{"undeclared, detected", "", germanText, "de"},
		{"contradicted by the text", "en", germanText, "de"},
		{"too short to tell", "fr", "Hallo", "fr"},
		{"script agrees", "ja", strings.Repeat("これは日本語の文章です。", 5), "ja"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ArticleLanguage(tt.declared, tt.text); got != tt.want {
				t.Errorf("ArticleLanguage(%q, ...) = %q, want %q", tt.declared, got, tt.want)
			}
		})
	}
}

func TestNormalizeLangTag(t *testing.T) {
	for in, want := range map[string]string{"de_DE": "de-DE", "EN-gb": "en-GB", "en, de": "en", " fr ": "fr", "zh-Hant": "zh-Hant", "": ""} {
		if got := normalizeLangTag(in); got != want {
			t.Errorf("normalizeLangTag(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestFunctionWords checks what isFunctionWord relies on: the words of
// functionWords are in lower case, no longer than maxFunctionWord, and
// hold neither the Kelvin sign nor the long s, which EqualFold takes for
// k and s.
func TestFunctionWords(t *testing.T) {
	for lang, words := range functionWords {
		for _, w := range words {
			if w != strings.ToLower(w) || len(w) > maxFunctionWord || strings.ContainsAny(w, "\u212a\u017f") {
				t.Errorf("%s: function word %q", lang, w)
			}
		}
	}
}

// FuzzIsFunctionWord compares isFunctionWord with strings.EqualFold
// against every function word.
func FuzzIsFunctionWord(f *testing.F) {
	for _, seed := range []string{"The", "FÜR", "für", "og", "ſo", "Kelvin", "és", "ÉS", "that", "THAT"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, w string) {
		for lang, words := range functionWords {
			want := false
			for _, fw := range words {
				want = want || strings.EqualFold(w, fw)
			}
			if got := isFunctionWord(w, words, asciiFunctionWords[lang]); got != want {
				t.Errorf("%s: isFunctionWord(%q) = %v, want %v", lang, w, got, want)
			}
		}
	})
}
