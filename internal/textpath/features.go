package textpath

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/artext/artext/boilerplate"
	"github.com/artext/artext/internal/textutil"
)

// blockFeatures are the measures by which a block of text is told apart
// as prose, a short line or page furniture.
type blockFeatures struct {
	// words counts words; two characters of a script written without
	// spaces (Chinese, Japanese) count as one word.
	words int
	// letters is the share of letters among the characters that are not
	// spaces.
	letters float64
	// sentenceEnd reports whether the block ends like a sentence: with a
	// full stop, a question or exclamation mark, maybe inside quotes.
	sentenceEnd bool
	// sentences counts the sentence ends inside the block.
	sentences int
	// furniture reports whether the block is page furniture rather than
	// text: a form field, an image placeholder, a menu of links separated
	// by bars, a table border.
	furniture bool
}

// formField finds what a text browser draws for a form control: a text
// field "[        ]" or "[____]", a check box "[ ]" or "[*]", a radio
// button "( )" or "(*)".
var formField = regexp.MustCompile(`\[[ _]{2,}\]|\[[ *xX]\]|\([ *]\)`)

// placeholder matches a block that is one bracketed label, as a text
// browser shows an image ("[logo]") or a button ("[Submit]").
var placeholder = regexp.MustCompile(`^\[[^\[\]]{0,60}\]$`)

// measureBlock computes the features of a block.
func measureBlock(b *inputBlock) blockFeatures {
	text := b.text
	var f blockFeatures
	letters, visible, wide, boxes := 0, 0, 0, 0
	for _, r := range text {
		switch {
		case unicode.IsSpace(r):
			continue
		case unicode.IsLetter(r):
			letters++
			if textutil.RuneWidth(r) == 2 {
				wide++
			}
		case r >= 0x2500 && r <= 0x259f:
			boxes++ // box drawing and block elements
		}
		visible++
	}
	if visible > 0 {
		f.letters = float64(letters) / float64(visible)
	}
	f.words = len(strings.Fields(text)) + wide/2
	f.sentences = countSentenceEnds(text)
	f.sentenceEnd = endsSentence(text)
	// The expressions look for brackets: most blocks have none to find.
	brackets := strings.ContainsAny(text, "[(")
	f.furniture = boxes*2 > visible || brackets && (formField.MatchString(text) || placeholder.MatchString(text)) ||
		b.kind != boilerplate.TableCell && strings.Count(text, " | ") >= 2 || strings.HasPrefix(text, "|") && strings.HasSuffix(text, "|")
	return f
}

// isSentencePunct reports whether r ends a sentence.
func isSentencePunct(r rune) bool {
	switch r {
	case '.', '!', '?', '…', '。', '！', '？', '։', '؟', '।':
		return true
	}
	return false
}

// endsSentence reports whether text ends with sentence punctuation,
// perhaps followed by closing quotes or brackets.
func endsSentence(text string) bool {
	text = strings.TrimRightFunc(text, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.Is(unicode.Pf, r) || unicode.Is(unicode.Pe, r) || r == '"' || r == '\''
	})
	last, _ := utf8.DecodeLastRuneInString(text)
	return isSentencePunct(last)
}

// countSentenceEnds counts the places in text where a sentence ends: sentence
// punctuation followed by a space or the end, or the full stops of scripts
// that write none.
func countSentenceEnds(text string) int {
	n := 0
	prev := rune(0)
	for _, r := range text {
		if isSentencePunct(prev) && (unicode.IsSpace(r) || r == '"' || unicode.Is(unicode.Pf, r)) {
			n++
		}
		if r == '。' || r == '！' || r == '？' {
			n++
		}
		prev = r
	}
	if isSentencePunct(prev) && prev != '。' && prev != '！' && prev != '？' {
		n++
	}
	return n
}
