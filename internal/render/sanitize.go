package render

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// unsafeElements are removed from the article with their content before it
// is rendered: what runs, loads another document or submits, and what
// holds no text a reader sees.
var unsafeElements = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Iframe: true, atom.Frame: true, atom.Frameset: true,
	atom.Object: true, atom.Embed: true, atom.Applet: true, atom.Noscript: true, atom.Noembed: true,
	atom.Noframes: true, atom.Template: true, atom.Base: true, atom.Link: true, atom.Meta: true,
	atom.Title: true, atom.Input: true, atom.Button: true, atom.Select: true, atom.Textarea: true,
}

// urlAttributes are the attributes that hold a URL, or URLs (srcset).
var urlAttributes = map[string]bool{
	"href": true, "src": true, "srcset": true, "poster": true, "cite": true, "action": true,
	"formaction": true, "background": true, "longdesc": true, "usemap": true, "data": true,
	"codebase": true, "lowsrc": true, "dynsrc": true, "ping": true, "manifest": true, "xlink:href": true,
}

// Sanitize makes the article under root safe to render, in place, so
// that every rendering of it is: it removes the unsafe elements with their
// content, a <form> but not its content, a link whose URL it removes but
// not its text, every on* event handler, style
// and srcdoc attribute, and every URL attribute whose scheme is not http,
// https, mailto or tel (relative URLs are kept), but data: images in
// <img src>. The HTML rendering goes through an allowlist afterwards too.
func Sanitize(root *html.Node) {
	for c := root.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode {
			switch {
			case unsafeElements[c.DataAtom]:
				root.RemoveChild(c)
			case c.DataAtom == atom.Form:
				Sanitize(c)
				unwrap(c)
			default:
				dropped := sanitizeAttributes(c)
				Sanitize(c)
				if dropped && c.DataAtom == atom.A {
					unwrap(c) // a link to nowhere is text
				}
			}
		}
		c = next
	}
}

// unwrap replaces n by its children.
func unwrap(n *html.Node) {
	parent := n.Parent
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		n.RemoveChild(c)
		parent.InsertBefore(c, n)
		c = next
	}
	parent.RemoveChild(n)
}

// sanitizeAttributes removes the unsafe attributes of the element n, and
// reports whether it removed a URL.
func sanitizeAttributes(n *html.Node) (droppedURL bool) {
	kept := n.Attr[:0]
	for _, a := range n.Attr {
		key := strings.ToLower(a.Key)
		if a.Namespace != "" {
			key = a.Namespace + ":" + key
		}
		switch {
		case strings.HasPrefix(key, "on"), key == "style", key == "srcdoc":
			continue
		case urlAttributes[key] && !safeURLAttribute(n, key, a.Val):
			droppedURL = true
			continue
		}
		kept = append(kept, a)
	}
	n.Attr = kept
	return droppedURL
}

// safeURLAttribute reports whether the URL attribute key of n, with value
// val, may be rendered.
func safeURLAttribute(n *html.Node, key, val string) bool {
	if key == "srcset" {
		for _, candidate := range strings.Split(val, ",") {
			if fields := strings.Fields(candidate); len(fields) > 0 && !safeURL(fields[0], n.DataAtom == atom.Img || n.DataAtom == atom.Source) {
				return false
			}
		}
		return true
	}
	return safeURL(val, key == "src" && n.DataAtom == atom.Img)
}

// safeURL reports whether the URL u is safe to render as a link or image
// source: relative, or of the scheme http, https, mailto or tel, or when
// image is set a data: URL of a raster image. It reads u as a browser does:
// ASCII tabs and newlines anywhere and control characters and spaces at
// the ends are ignored, the scheme's case is not.
func safeURL(u string, image bool) bool {
	u = strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return -1
		}
		return r
	}, u)
	u = strings.TrimFunc(u, func(r rune) bool { return r <= ' ' })
	scheme, rest, ok := strings.Cut(u, ":")
	if !ok || strings.ContainsAny(scheme, "/?#") {
		return true // no scheme: a relative URL
	}
	switch strings.ToLower(scheme) {
	case "http", "https", "mailto", "tel":
		return true
	case "data":
		return image && safeDataImage(rest)
	}
	return false
}

// safeDataImage reports whether the part of a data: URL after its scheme
// is a raster image, which cannot run scripts.
func safeDataImage(rest string) bool {
	mediaType, _, _ := strings.Cut(strings.ToLower(rest), ",")
	mediaType, _, _ = strings.Cut(mediaType, ";")
	switch strings.TrimSpace(mediaType) {
	case "image/png", "image/jpeg", "image/jpg", "image/gif", "image/webp", "image/avif", "image/bmp":
		return true
	}
	return false
}
