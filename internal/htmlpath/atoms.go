package htmlpath

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// setAtoms gives the elements under n that were made by name rather than
// parsed their DataAtom, which the walks test: readability makes the
// paragraphs it splits at <br><br> and the <div>s it wraps content in with
// none, and a <p> with none would be read as inline text, run on into the
// next paragraph.
func setAtoms(n *html.Node) {
	if n == nil {
		return
	}
	if n.Type == html.ElementNode && n.DataAtom == 0 {
		n.DataAtom = atom.Lookup([]byte(n.Data))
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		setAtoms(c)
	}
}
