package htmlutil

import "golang.org/x/net/html/atom"

// IsBlockElement reports whether elements of type a start a new block of
// text. It is a switch, not a map, as are the other tests of an element's
// type that run on every node of a page: a map lookup costs several times
// more.
func IsBlockElement(a atom.Atom) bool {
	switch a {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Caption,
		atom.Center, atom.Dd, atom.Details, atom.Dialog, atom.Dir, atom.Div,
		atom.Dl, atom.Dt, atom.Fieldset, atom.Figcaption, atom.Figure,
		atom.Footer, atom.Form, atom.H1, atom.H2, atom.H3, atom.H4,
		atom.H5, atom.H6, atom.Header, atom.Hgroup, atom.Hr, atom.Li,
		atom.Main, atom.Menu, atom.Nav, atom.Ol, atom.P, atom.Pre,
		atom.Section, atom.Summary, atom.Table, atom.Tbody, atom.Td,
		atom.Tfoot, atom.Th, atom.Thead, atom.Tr, atom.Ul, atom.Legend:
		return true
	}
	return false
}

// IsSkipped reports whether elements of type a hold no text a reader
// sees.
func IsSkipped(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head,
		atom.Svg, atom.Iframe, atom.Object, atom.Embed,
		atom.Button, atom.Select, atom.Textarea, atom.Input,
		atom.Rt, atom.Rp: // ruby annotations: the reading of a word, not its text
		return true
	}
	return false
}
