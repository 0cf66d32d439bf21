// Package hostile makes the hostile inputs that artext must survive: files
// that are empty, binary, huge, deeply nested or malformed, and HTTP
// servers on loopback that misbehave. The battery tests of extract and
// cmd/artext and the program scripts/hostile use them; nothing is
// committed, every input is generated.
package hostile

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"strings"
	"unicode/utf16"
)

// A File is a hostile input file.
type File struct {
	Name string // the file's name, which says what it is: "nested-divs.html"
	What string // a short description, for the battery's table
	// Big marks inputs of more than a few megabytes, left out of the
	// regular test run (see the ARTEXT_HOSTILE environment variable in the
	// tests).
	Big bool
	// Make returns the file's content. Each call makes it anew.
	Make func() []byte
}

// Files returns the hostile files, in the order of the battery's table.
func Files() []File {
	return []File{
		{Name: "empty.html", What: "empty file", Make: func() []byte { return nil }},
		{Name: "whitespace.txt", What: "white space only", Make: whitespace},
		{Name: "image.png", What: "PNG image", Make: png},
		{Name: "document.pdf", What: "PDF document", Make: pdf},
		{Name: "program.elf", What: "ELF executable", Make: elf},
		{Name: "invalid-utf8.html", What: "invalid UTF-8 in an article", Make: invalidUTF8},
		{Name: "nul-bytes.html", What: "NUL bytes in the text of an article", Make: nulBytes},
		{Name: "utf16le-bom.html", What: "UTF-16LE with BOM", Make: func() []byte { return utf16Page(false, true) }},
		{Name: "utf16be-bom.html", What: "UTF-16BE with BOM", Make: func() []byte { return utf16Page(true, true) }},
		{Name: "utf16le-nobom.html", What: "UTF-16LE without BOM", Make: func() []byte { return utf16Page(false, false) }},
		{Name: "utf16be-nobom.html", What: "UTF-16BE without BOM", Make: func() []byte { return utf16Page(true, false) }},
		{Name: "nested-divs.html", What: "100,000 nested <div>s", Make: nestedDivs},
		{Name: "sibling-paragraphs.html", What: "1,000,000 sibling <p>s (49 MB)", Big: true, Make: siblingParagraphs},
		{Name: "long-line.txt", What: "one 50 MB line of text", Big: true, Make: longLine},
		{Name: "many-attributes.html", What: "an element with 10,000 attributes", Make: manyAttributes},
		{Name: "big-script.html", What: "a 20 MB inline script", Big: true, Make: bigScript},
		{Name: "unclosed-comment.html", What: "an unclosed comment", Make: unclosedComment},
		{Name: "unclosed-cdata.html", What: "an unclosed CDATA section", Make: unclosedCDATA},
		{Name: "bomb.html.gz", What: "a .gz of 1 MB that expands to 1 GiB", Make: gzipBomb},
	}
}

// Article returns a small HTML page that holds an article of n paragraphs.
func Article(n int) []byte {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>A hostile page</title></head>\n<body><article>\n<h1>A hostile page</h1>\n")
	for i := range n {
		fmt.Fprintf(&b, "<p>Paragraph %d tells a story in words that a reader would read, long enough to be prose and not a menu or a caption.</p>\n", i+1)
	}
	b.WriteString("</article></body></html>\n")
	return []byte(b.String())
}

func whitespace() []byte {
	return bytes.Repeat([]byte(" \t\r\n\u00a0\n"), 1000)
}

// noise returns n pseudo-random bytes, the same every time.
func noise(n int) []byte {
	r := rand.New(rand.NewPCG(1, 2))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

func png() []byte {
	var b bytes.Buffer
	b.WriteString("\x89PNG\r\n\x1a\n")
	b.Write([]byte{0, 0, 0, 13})
	b.WriteString("IHDR")
	binary.Write(&b, binary.BigEndian, [2]uint32{640, 480})
	b.Write([]byte{8, 2, 0, 0, 0, 0, 0, 0, 0})
	b.Write(noise(200 << 10))
	return b.Bytes()
}

func pdf() []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n")
	b.WriteString("4 0 obj\n<< /Length 204800 /Filter /FlateDecode >>\nstream\n")
	b.Write(noise(200 << 10))
	b.WriteString("\nendstream\nendobj\n%%EOF\n")
	return b.Bytes()
}

func elf() []byte {
	var b bytes.Buffer
	b.WriteString("\x7fELF\x02\x01\x01\x00")
	b.Write(make([]byte, 8))
	b.Write([]byte{2, 0, 0x3e, 0, 1, 0, 0, 0})
	b.Write(noise(300 << 10))
	return b.Bytes()
}

func invalidUTF8() []byte {
	page := string(Article(6))
	bad := []string{"\xff", "\xc3\x28", "\xe2\x82", "\xf0\x28\x8c\xbc", "\xed\xa0\x80", "\xc0\xaf"}
	for i, s := range bad {
		page = strings.Replace(page, fmt.Sprintf("Paragraph %d ", i+1), fmt.Sprintf("Paragraph %d %s ", i+1, s), 1)
	}
	return []byte(strings.Replace(page, `<meta charset="utf-8">`, "", 1))
}

func nulBytes() []byte {
	page := string(Article(6))
	body := strings.Index(page, "<body>")
	return []byte(page[:body] + strings.ReplaceAll(page[body:], " a ", " a\x00\x00 "))
}

// utf16Page returns an article encoded in UTF-16, big-endian or little,
// with a byte order mark or without.
func utf16Page(bigEndian, bom bool) []byte {
	page := strings.Replace(string(Article(6)), `<meta charset="utf-8">`, "", 1)
	page = strings.Replace(page, "tells a story", "tells a story (Geschichte, histoire, 物語)", -1)
	units := utf16.Encode([]rune(page))
	if bom {
		units = append([]uint16{0xfeff}, units...)
	}
	out := make([]byte, 2*len(units))
	for i, u := range units {
		if bigEndian {
			binary.BigEndian.PutUint16(out[2*i:], u)
		} else {
			binary.LittleEndian.PutUint16(out[2*i:], u)
		}
	}
	return out
}

func nestedDivs() []byte {
	const depth = 100_000
	var b bytes.Buffer
	b.WriteString("<!DOCTYPE html><html><head><title>Deep</title></head><body>")
	for range depth {
		b.WriteString("<div>")
	}
	b.Write(bytes.Repeat([]byte("A sentence deep inside a hundred thousand folders of markup, which a reader would still read. "), 5))
	for range depth {
		b.WriteString("</div>")
	}
	b.WriteString("</body></html>")
	return b.Bytes()
}

func siblingParagraphs() []byte {
	var b bytes.Buffer
	b.Grow(50 << 20)
	b.WriteString("<!DOCTYPE html><html><head><title>Wide</title></head><body>")
	for i := range 1_000_000 {
		fmt.Fprintf(&b, "<p>Paragraph %07d, one of many.</p>\n", i)
	}
	b.WriteString("</body></html>")
	return b.Bytes()
}

func longLine() []byte {
	words := []string{"the", "article", "goes", "on", "without", "a", "single", "line", "break", "until", "the", "end,"}
	var b bytes.Buffer
	b.Grow(50_000_100)
	for i := 0; b.Len() < 50_000_000; i++ {
		b.WriteString(words[i%len(words)])
		b.WriteByte(' ')
	}
	return b.Bytes()
}

func manyAttributes() []byte {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html><html><head><title>Attributes</title></head><body><article><p")
	for i := range 10_000 {
		fmt.Fprintf(&b, " data-a%d=\"value %d\"", i, i)
	}
	b.WriteString(">")
	page := string(Article(6))
	b.WriteString(page[strings.Index(page, "<h1>"):])
	return []byte(b.String())
}

func bigScript() []byte {
	page := string(Article(6))
	var b strings.Builder
	b.Grow(21 << 20)
	b.WriteString(page[:strings.Index(page, "</head>")])
	b.WriteString("<script>\nvar data = [")
	for b.Len() < 20<<20 {
		b.WriteString("\"<p>not an article</p>\", 12345, {\"k\": \"</div>\"},\n")
	}
	b.WriteString("0];\n</script>")
	b.WriteString(page[strings.Index(page, "</head>"):])
	return []byte(b.String())
}

func unclosedComment() []byte {
	page := string(Article(6))
	i := strings.Index(page, "<p>Paragraph 4")
	return []byte(page[:i] + "<!-- a comment that never ends " + page[i:])
}

func unclosedCDATA() []byte {
	page := string(Article(6))
	i := strings.Index(page, "<p>Paragraph 4")
	return []byte(page[:i] + "<svg><![CDATA[ a section that never ends " + page[i:] + "<![CDATA[ and another")
}

// gzipBomb returns a gzip stream of 1 GiB of spaces in about 1 MB: one
// member of 16 MiB, repeated.
func gzipBomb() []byte {
	var member bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&member, gzip.BestCompression)
	zw.Write(bytes.Repeat([]byte(" "), 16<<20))
	zw.Close()
	return bytes.Repeat(member.Bytes(), 64)
}
