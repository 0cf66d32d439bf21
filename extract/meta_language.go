package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/abadojack/whatlanggo"
)

// commonLanguages are the languages the detector chooses from: the
// common languages of the web. Fewer candidates make it faster and keep it
// from taking a European text for one of its small neighbours.
var commonLanguages = map[whatlanggo.Lang]bool{
	whatlanggo.Eng: true, whatlanggo.Deu: true, whatlanggo.Fra: true, whatlanggo.Spa: true, whatlanggo.Ita: true,
	whatlanggo.Por: true, whatlanggo.Nld: true, whatlanggo.Pol: true, whatlanggo.Rus: true, whatlanggo.Ukr: true,
	whatlanggo.Ces: true, whatlanggo.Swe: true, whatlanggo.Dan: true, whatlanggo.Nob: true, whatlanggo.Fin: true,
	whatlanggo.Tur: true, whatlanggo.Arb: true, whatlanggo.Heb: true, whatlanggo.Pes: true, whatlanggo.Hin: true,
	whatlanggo.Jpn: true, whatlanggo.Cmn: true, whatlanggo.Kor: true, whatlanggo.Ell: true, whatlanggo.Hun: true,
	whatlanggo.Ron: true, whatlanggo.Bul: true, whatlanggo.Hrv: true, whatlanggo.Ind: true, whatlanggo.Vie: true,
	whatlanggo.Tha: true, whatlanggo.Ben: true, whatlanggo.Urd: true,
}

// Text shorter than minDetectRunes is too short to tell its language;
// detection reads at most maxDetectBytes of it.
const (
	minDetectRunes = 40
	maxDetectBytes = 2048
)

// articleLanguage returns the language of an article as a BCP 47 tag: the
// tag the page declares, unless the detector, reading the opening of the
// text, is confident that the text is in another language; then, as when
// the page declares none, the detected language's two-letter code. A
// declared region ("de-AT") is kept when the detector agrees on the
// language.
func articleLanguage(declared, text string) string {
	declared = normalizeLangTag(declared)
	if len(text) > maxDetectBytes {
		cut := maxDetectBytes
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	if utf8.RuneCountInString(text) < minDetectRunes {
		return declared
	}
	info := whatlanggo.DetectWithOptions(text, whatlanggo.Options{Whitelist: commonLanguages})
	code := info.Lang.Iso6391()
	if !info.IsReliable() || code == "" {
		return declared
	}
	primary, _, _ := strings.Cut(declared, "-")
	if strings.EqualFold(primary, code) || primary == "nb" && code == "no" || primary == "no" && code == "nb" {
		return declared
	}
	return code
}

// normalizeLangTag cleans a language tag as pages write it: "de_DE" and
// "DE-de" give "de-DE"; a list ("en, de") gives its first tag.
func normalizeLangTag(tag string) string {
	tag = strings.TrimSpace(tag)
	if i := strings.IndexAny(tag, ", ;"); i >= 0 {
		tag = tag[:i]
	}
	tag = strings.ReplaceAll(tag, "_", "-")
	primary, region, hasRegion := strings.Cut(tag, "-")
	primary = strings.ToLower(primary)
	if !hasRegion {
		return primary
	}
	if len(region) == 2 {
		region = strings.ToUpper(region)
	}
	return primary + "-" + region
}
