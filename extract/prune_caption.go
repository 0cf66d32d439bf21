package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxCaptionText is the longest text, in bytes, that pruning takes for a
// caption: a longer one is content presented as a caption, as slideshows do.
const maxCaptionText = 200

// captionWords are the words of class names and ids that mark a photo's
// caption or credit.
var captionWords = setOf("caption", "figcaption", "captions", "credit", "credits", "copyright", "legend")

// captionJoined are fragments of class names, lowercased with hyphens and
// underscores taken out, that mark captions and credits.
var captionJoined = []string{"caption", "imagecredit", "photocredit", "imagesource", "imagedescription", "bildunterschrift"}

// isCaption reports whether n is the caption or credit of a photo: a
// figcaption, an element with itemprop=caption, or one whose class or id
// says so.
func isCaption(n *html.Node) bool {
	if n.DataAtom == atom.Figcaption {
		return true
	}
	switch n.DataAtom {
	case atom.Div, atom.P, atom.Span, atom.Small, atom.Em, atom.Figure, atom.Section:
	default:
		return false
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "itemprop":
			if strings.EqualFold(strings.TrimSpace(a.Val), "caption") {
				return true
			}
		case "class", "id":
			for _, name := range strings.Fields(a.Val) {
				if isCaptionName(name) {
					return true
				}
			}
		}
	}
	return false
}

func isCaptionName(name string) bool {
	if i := strings.Index(name, "--"); i > 0 {
		name = name[:i]
	}
	found, first, state := false, true, false
	forEachWord(name, func(w string) {
		state = state || first && stateWords[w]
		first = false
		found = found || captionWords[w]
	})
	if state {
		return false
	}
	if found {
		return true
	}
	joined := joinedName(name)
	for _, frag := range captionJoined {
		if strings.Contains(joined, frag) {
			return true
		}
	}
	return false
}
