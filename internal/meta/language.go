package meta

import (
	"strings"
	"unicode"
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
	maxDetectBytes = 600
)

// ArticleLanguage returns the language of an article as a BCP 47 tag: the
// tag the page declares, unless the text contradicts it; then, as when the
// page declares none, the two-letter code of the language the detector
// is confident of. A declared region ("de-AT") is kept.
//
// The detector (whatlanggo, trigram profiles) costs most of a
// millisecond per page, so it runs only when needed: a declared language
// whose common words (see agreesWith) or script make most of the text's
// opening is taken as it is.
func ArticleLanguage(declared, text string) string {
	declared = normalizeLangTag(declared)
	primary, _, _ := strings.Cut(declared, "-")
	if primary != "" && agreesWith(primary, text) {
		return declared
	}
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

// functionWords are frequent short words of the languages written in the
// Latin script, by which a text is quickly told to be in a language.
var functionWords = map[string][]string{
	"en": strings.Fields("the and of to in is that for it with as was on are be this by at from have not or"),
	"de": strings.Fields("der die und das in den ist von zu mit sich des nicht auf für ein eine dem im auch es"),
	"fr": strings.Fields("le la les de des et est un une du en que qui dans pour pas sur au avec il par"),
	"es": strings.Fields("el la de que y en los las del se un una por con para es no al lo su"),
	"it": strings.Fields("il di che la e in un una per è del della non con sono le gli si da al"),
	"pt": strings.Fields("de que e o a do da em um uma para com não os as no na se por dos"),
	"nl": strings.Fields("de het een van en in is dat op te zijn voor met die niet aan er ook als"),
	"sv": strings.Fields("och att det som en på är av för med till den har inte om ett de jag"),
	"da": strings.Fields("og at det som en på er af for med til den har ikke om et de jeg"),
	"nb": strings.Fields("og at det som en på er av for med til den har ikke om et de jeg"),
	"pl": strings.Fields("i w na z się że do nie to jest o jak po a przez od za"),
	"cs": strings.Fields("a v se na je že to s z do o by jako ale k i"),
	"tr": strings.Fields("ve bir bu da de için ile çok daha olarak gibi en ne ama"),
	"fi": strings.Fields("ja on ei se että oli hän mutta kun niin myös tai ovat"),
	"ro": strings.Fields("și de în la a cu pe nu care este o un din pentru"),
	"hu": strings.Fields("a az és hogy nem is egy meg de van ez volt"),
	"id": strings.Fields("yang dan di ini itu dengan untuk dari dalam tidak akan pada"),
}

// languageScripts are the scripts of languages that a script alone tells
// apart from the others of this list.
var languageScripts = map[string]*unicode.RangeTable{
	"ru": unicode.Cyrillic, "uk": unicode.Cyrillic, "bg": unicode.Cyrillic, "sr": unicode.Cyrillic,
	"el": unicode.Greek, "he": unicode.Hebrew, "ar": unicode.Arabic, "fa": unicode.Arabic, "ur": unicode.Arabic,
	"hi": unicode.Devanagari, "th": unicode.Thai, "ko": unicode.Hangul, "ja": unicode.Han, "zh": unicode.Han,
	"bn": unicode.Bengali, "ka": unicode.Georgian, "hy": unicode.Armenian,
}

// agreesWith reports, cheaply, whether the opening of text is in the
// language lang (a primary subtag): for a language of the Latin script,
// whether its function words make at least one in twelve of the first
// 120 words; for others, whether most letters are in its script (kana
// counting for Japanese). It reports false when it cannot tell.
func agreesWith(lang, text string) bool {
	lang = strings.ToLower(lang)
	if len(text) > maxDetectBytes {
		text = text[:maxDetectBytes]
	}
	if script, ok := languageScripts[lang]; ok {
		in, letters := 0, 0
		for _, r := range text {
			if !unicode.IsLetter(r) {
				continue
			}
			letters++
			if unicode.Is(script, r) || lang == "ja" && (unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r)) {
				in++
			}
		}
		return letters >= minDetectRunes && 2*in > letters
	}
	words := functionWords[lang]
	if words == nil {
		return false
	}
	ascii := asciiFunctionWords[lang]
	total, hits := 0, 0
	for rest := text; rest != "" && total < 120; {
		var w string
		w, rest = nextWord(rest)
		if w == "" {
			continue
		}
		total++
		if isFunctionWord(w, words, ascii) {
			hits++
		}
	}
	return total >= 20 && 12*hits >= total
}

// isFunctionWord reports whether w is one of words, ignoring case as
// strings.EqualFold does. ascii holds the words written in ASCII, which
// an ASCII w is looked up in, in lower case, rather than compared with
// each word: no word holds the two runes (the Kelvin sign and the long s)
// that EqualFold takes for ASCII letters.
func isFunctionWord(w string, words []string, ascii map[string]bool) bool {
	var buf [maxFunctionWord]byte
	if isASCII(w) {
		if len(w) > len(buf) {
			return false
		}
		for i := 0; i < len(w); i++ {
			buf[i] = lowerASCII(w[i])
		}
		return ascii[string(buf[:len(w)])]
	}
	for _, f := range words {
		if strings.EqualFold(w, f) {
			return true
		}
	}
	return false
}

// maxFunctionWord bounds the length of the words of functionWords, in
// bytes.
const maxFunctionWord = 12

// asciiFunctionWords holds, for each language of functionWords, its words
// written in ASCII.
var asciiFunctionWords = func() map[string]map[string]bool {
	sets := make(map[string]map[string]bool, len(functionWords))
	for lang, words := range functionWords {
		set := make(map[string]bool)
		for _, w := range words {
			if isASCII(w) {
				set[w] = true
			}
		}
		sets[lang] = set
	}
	return sets
}()

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// nextWord returns the first run of letters of s and what follows it.
func nextWord(s string) (word, rest string) {
	start := -1
	for i, r := range s {
		if unicode.IsLetter(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			return s[start:i], s[i:]
		}
	}
	if start >= 0 {
		return s[start:], ""
	}
	return "", ""
}
