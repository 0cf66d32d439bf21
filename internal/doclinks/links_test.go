package doclinks

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"

	_ "github.com/artext/artext/internal/golden" // defines -update, which go test ./... passes to every package
)

// root is the repository's root, seen from this package's folder.
const root = "../.."

// documents returns the Markdown files whose links are checked, as paths
// below root with slashes.
func documents(t *testing.T) []string {
	t.Helper()
	docs := []string{"README.md", "CONTRIBUTING.md", "SECURITY.md"}
	err := filepath.WalkDir(filepath.Join(root, "docs"), func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(path, ".md") {
			rel, err := filepath.Rel(root, path)
			if err != nil {
				return err
			}
			docs = append(docs, filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

// TestLinks fails for every relative link of the documents that names no
// file or folder, and for every #anchor that names no heading of its file.
func TestLinks(t *testing.T) {
	anchors := map[string][]string{} // the anchors of each file read so far
	anchorsOf := func(path string) []string {
		if a, ok := anchors[path]; ok {
			return a
		}
		data, err := os.ReadFile(filepath.Join(root, path))
		if err != nil {
			t.Fatal(err)
		}
		anchors[path] = headingAnchors(data)
		return anchors[path]
	}
	for _, doc := range documents(t) {
		data, err := os.ReadFile(filepath.Join(root, doc))
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range links(data) {
			if hasScheme(l.target) {
				continue
			}
			path, fragment, _ := strings.Cut(l.target, "#")
			target := doc
			if path != "" {
				target = filepath.ToSlash(filepath.Join(filepath.Dir(doc), path))
				if _, err := os.Stat(filepath.Join(root, target)); err != nil {
					t.Errorf("%s:%d: link to %s: no such file or folder", doc, l.line, l.target)
					continue
				}
			}
			if fragment != "" && strings.HasSuffix(target, ".md") && !slices.Contains(anchorsOf(target), fragment) {
				t.Errorf("%s:%d: link to %s: %s has no heading #%s", doc, l.line, l.target, target, fragment)
			}
		}
	}
}

// TestREADMEShort keeps README.md a page a newcomer reads through: the
// reference lives in docs/.
func TestREADMEShort(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(data, []byte("\n")); n > 200 {
		t.Errorf("README.md has %d lines, want at most 200: move the detail to docs/", n)
	}
}

// TestREADMETestCommand checks that README.md gives, word for word, the
// test command that CI runs: the last line of .ci/run.
func TestREADMETestCommand(t *testing.T) {
	script, err := os.ReadFile(filepath.Join(root, ".ci", "run"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(script)), "\n")
	command := strings.TrimSpace(lines[len(lines)-1])
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(readme, []byte(command)) {
		t.Errorf("README.md does not give the test command of .ci/run:\n\t%s", command)
	}
}

// A link is the target of a Markdown link or image, and the line it is on.
type link struct {
	target string
	line   int
}

var (
	// inlineLink matches [text](target) and [text](target "title"); the
	// text may hold one level of brackets, as an image inside a link does.
	inlineLink = regexp.MustCompile(`\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)`)
	// referenceLink matches a link reference definition: [label]: target.
	referenceLink = regexp.MustCompile(`^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)`)
	// codeSpan matches inline code, whose brackets are no links.
	codeSpan = regexp.MustCompile("`+[^`]*`+")
	// linkInHeading matches a link in a heading, whose anchor keeps only
	// the link's text.
	linkInHeading = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
	// scheme matches a URL's scheme: http:, mailto:...
	scheme = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9+.-]*:`)
)

// links returns the link targets of a Markdown document, leaving out
// fenced code blocks and code spans.
func links(data []byte) []link {
	var out []link
	forEachLine(data, func(n int, line string) {
		line = codeSpan.ReplaceAllString(line, "")
		if m := referenceLink.FindStringSubmatch(line); m != nil {
			out = append(out, link{m[1], n})
			return
		}
		for _, m := range inlineLink.FindAllStringSubmatch(line, -1) {
			out = append(out, link{m[1], n})
		}
	})
	return out
}

// headingAnchors returns the anchors GitHub gives the ATX headings of a
// Markdown document: the heading's text in lower case, without
// punctuation, spaces made hyphens, and -1, -2... after a repeat.
func headingAnchors(data []byte) []string {
	var out []string
	seen := map[string]int{}
	forEachLine(data, func(_ int, line string) {
		text, ok := headingText(line)
		if !ok {
			return
		}
		a := slug(text)
		if n := seen[a]; n > 0 {
			out = append(out, a+"-"+strconv.Itoa(n))
		} else {
			out = append(out, a)
		}
		seen[a]++
	})
	return out
}

// headingText returns the text of an ATX heading line ("## Exit codes"),
// with its links reduced to their text, and whether line is one.
func headingText(line string) (string, bool) {
	hashes := len(line) - len(strings.TrimLeft(line, "#"))
	if hashes == 0 || hashes > 6 || (len(line) > hashes && line[hashes] != ' ') {
		return "", false
	}
	text := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(line[hashes:]), "#"))
	text = linkInHeading.ReplaceAllString(text, "$1")
	return text, true
}

// slug makes a heading's text its GitHub anchor.
func slug(text string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(text) {
		switch {
		case r == ' ':
			b.WriteRune('-')
		case r == '-' || r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		}
	}
	return b.String()
}

// forEachLine calls fn with each line of a Markdown document and its
// number, from 1, skipping fenced code blocks and their fences.
func forEachLine(data []byte, fn func(n int, line string)) {
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	fence := ""
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		trimmed := strings.TrimLeft(line, " ")
		switch {
		case fence != "":
			if strings.HasPrefix(trimmed, fence) {
				fence = ""
			}
			continue
		case strings.HasPrefix(trimmed, "```"):
			fence = "```"
			continue
		case strings.HasPrefix(trimmed, "~~~"):
			fence = "~~~"
			continue
		}
		fn(n, line)
	}
}

// hasScheme reports whether target is an absolute URL (https:, mailto:),
// which the test does not follow.
func hasScheme(target string) bool {
	return scheme.MatchString(target)
}
