package textpath

import (
	"regexp"
	"strings"
	"unicode"
)

// creditSuffix finds the credit in parentheses that ends a photo caption:
// "(AFP/Getty)", "(Getty Images)", "(PA)", "(Reuters)".
var creditSuffix = regexp.MustCompile(`\(([^()]{2,48})\)$`)

// creditLabel finds the label that introduces a photo credit: "Photograph:",
// "Photo:", "Foto:", "Image:", "Credit:".
var creditLabel = regexp.MustCompile(`(?i)(?:^|[\s(|])(?:photograph|photo|picture|image|credit|foto|bild|crédit|crédito|fotografía|imagen)s?\s*:\s*\S|^(?:photo|image|picture|foto|bild)\s+(?:by|credit|von|de|di)\s`)

// agencies are picture agencies and wire services whose name alone, in
// parentheses at the end of a line, marks a caption.
var agencies = map[string]bool{
	"afp": true, "ap": true, "pa": true, "epa": true, "dpa": true, "reuters": true, "getty": true,
	"shutterstock": true, "alamy": true, "istock": true, "bloomberg": true, "xinhua": true, "anadolu": true,
	"ansa": true, "efe": true, "sipa": true, "rex": true, "imago": true, "keystone": true, "nurphoto": true,
	"wireimage": true, "ddp": true, "tass": true, "kyodo": true, "apa": true, "belga": true, "anp": true,
}

// maxCaptionWords is the length above which a block is taken for a
// paragraph even when it ends like a caption.
const maxCaptionWords = 60

// isCaption reports whether text is a photo caption or credit: a line that
// ends with a credit in parentheses, or that carries a credit label such
// as "Photograph:".
func isCaption(text string, f blockFeatures) bool {
	if f.words > maxCaptionWords {
		return false
	}
	if creditLabel.MatchString(text) {
		return true
	}
	if endsWithAgency(text) {
		return true
	}
	m := creditSuffix.FindStringSubmatchIndex(text)
	if m == nil {
		return false
	}
	return looksLikeCredit(text[m[2]:m[3]], len(strings.Fields(text[:m[0]])))
}

// endsWithAgency reports whether text, a line of at least four words, ends
// with the bare name of a picture agency after its last sentence, or names
// it with "Images" or a slash: "... on 11 February. EFE", "Dee Dee Myers
// Getty Images", "Jane Doe AFP/Getty".
func endsWithAgency(text string) bool {
	words := strings.Fields(text)
	if len(words) < 4 {
		return false
	}
	last, before := words[len(words)-1], words[len(words)-2]
	switch {
	case strings.EqualFold(last, "images"):
		last = before
	case !strings.Contains(last, "/") && !endsSentence(before):
		return false // "confirmed by AP" is a sentence, not a credit
	}
	for _, part := range strings.Split(last, "/") {
		if !agencies[strings.ToLower(part)] || !unicode.IsUpper([]rune(part)[0]) {
			return false
		}
	}
	return true
}

// looksLikeCredit reports whether credit, the words in parentheses at the
// end of a line that has wordsBefore words before them, names a
// photographer or an agency: a wire service's name, or a few capitalised
// names joined by slashes after a sentence of some length.
func looksLikeCredit(credit string, wordsBefore int) bool {
	if wordsBefore < 3 {
		return false
	}
	parts := strings.FieldsFunc(credit, func(r rune) bool { return r == '/' || r == ',' || r == '&' || r == ' ' })
	if len(parts) == 0 || len(parts) > 6 {
		return false
	}
	capitalised := true
	for _, p := range parts {
		if agencies[strings.ToLower(strings.Trim(p, ".:;"))] {
			return true
		}
		first := []rune(p)[0]
		if !unicode.IsUpper(first) && p != "via" {
			capitalised = false
		}
	}
	return capitalised && wordsBefore >= 5 && (strings.Contains(credit, "/") || strings.Contains(strings.ToLower(credit), "images"))
}
