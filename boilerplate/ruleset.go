package boilerplate

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// RuleSet is an ordered list of compiled rules. When several rules match a
// block, the first in the set decides. A RuleSet is safe for concurrent use
// once built.
type RuleSet struct {
	rules []*Rule
	// phrases maps a phrase key to the indexes of the phrase rules with
	// that key, so that phrase rules cost one map lookup per block.
	phrases map[string][]int
	// byLead maps a rune (see canonicalLower) to the indexes of the other
	// rules whose matches begin with it; unindexed lists the other rules
	// whose matches may begin with anything.
	byLead    map[rune][]int
	leadASCII [utf8.RuneSelf][]int // byLead for ASCII runes, without a map lookup
	unindexed []int
	// literals finds the rules whose required strings a block may hold,
	// built at the first Apply that needs them; unrequired has the bits
	// of the rules without required strings.
	literals   *lazyLiterals
	unrequired []uint64
	// phraseWords is the largest number of words of a phrase, and
	// otherWords the largest max_words of the other rules, or -1 when one
	// of them has no limit: a block longer than both matches no rule.
	phraseWords, otherWords int
	// trace, when set, is called after every Apply (see WithTrace).
	trace func([]Block, []Decision)

	// elements holds the element rules of each file that has some.
	elements []SiteRules
	// scoped is set when some rule has sites: such rules are left out of
	// the indexes above, and ForHost builds, for a host, a set in which
	// those that match it take part (see scope.go).
	scoped *hostSets
}

// ruleFile is the shape of a rule file: defaults for its rules, then the
// rules. Its element rules (select, remove, title, authors, published)
// are read by parseElementRules.
type ruleFile struct {
	Category string    `yaml:"category"`
	Lang     Languages `yaml:"lang"`
	Rules    yaml.Node `yaml:"rules"`
	Sites    yaml.Node `yaml:"sites"`
}

// FileError is an error in a rule file, at a line.
type FileError struct {
	File string
	Line int
	Err  error
}

func (e *FileError) Error() string {
	return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
}

func (e *FileError) Unwrap() error { return e.Err }

// Parse reads a rule file named name (the name is used in errors and in
// each rule's File). A rule file is a YAML document with an optional
// category and lang that its rules inherit, and a list of rules:
//
//	category: app-promo
//	lang: [en]
//	rules:
//	  - id: download-the-app
//	    phrase: Download the app
//	    max_words: 6
//	    examples:
//	      drop: ["Download the app"]
//	      keep: ["We did not download the app he recommended."]
//
// A rule file may also hold element rules, CSS selectors that act on a
// page's HTML (see [ElementRules]), and sites, the hosts to which the
// whole file applies (see [Sites] and [RuleSet.ForHost]):
//
//	sites: [example.com, example.org]
//	remove: [".newsletter", "aside.related"]
//	select: "article .story-body"
//	title: h1.headline
//	authors: ".byline a[rel=author]"
//	published: "time[datetime]"
//
// Unknown keys, invalid regular expressions, invalid selectors (the error
// quotes the selector and says what is wrong) and duplicate ids are errors
// of type *FileError with the line they stand on; when a file has several,
// Parse returns them joined (see [errors.Join]) in the order of the file,
// and [errors.As] finds the first. Parse does not check the examples: see
// [RuleSet.CheckExamples].
func Parse(name string, data []byte) (*RuleSet, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, &FileError{File: name, Line: yamlErrorLine(err), Err: err}
	}
	if len(doc.Content) == 0 {
		return &RuleSet{}, nil
	}
	top := doc.Content[0]
	if top.Kind != yaml.MappingNode {
		return nil, &FileError{File: name, Line: top.Line, Err: errors.New("a rule file must be a mapping with rules (and optional category and lang)")}
	}
	for i := 0; i+1 < len(top.Content); i += 2 {
		if k := top.Content[i]; !fileKeys[k.Value] {
			return nil, &FileError{File: name, Line: k.Line, Err: fmt.Errorf("unknown key %q in rule file (want category, lang, rules, sites, select, remove, title, authors or published)", k.Value)}
		}
	}
	var file ruleFile
	if err := top.Decode(&file); err != nil {
		return nil, &FileError{File: name, Line: yamlErrorLineOr(err, top.Line), Err: err}
	}
	if file.Rules.Kind != 0 && file.Rules.Kind != yaml.SequenceNode {
		return nil, &FileError{File: name, Line: file.Rules.Line, Err: errors.New("rules must be a list")}
	}
	var sites Sites
	if file.Sites.Kind != 0 {
		if err := sites.UnmarshalYAML(&file.Sites); err != nil {
			return nil, fileError(name, file.Sites.Line, err)
		}
	}
	elements, errs := parseElementRules(name, top)
	rules := make([]*Rule, 0, len(file.Rules.Content))
	for _, n := range file.Rules.Content {
		r := &Rule{File: name, Line: n.Line, Sites: sites}
		if err := decodeStrict(n, r); err != nil {
			var fe *FileError
			if !errors.As(err, &fe) {
				fe = &FileError{File: name, Line: yamlErrorLineOr(err, n.Line), Err: err}
			}
			errs = append(errs, fe)
			continue
		}
		if r.Category == "" {
			r.Category = file.Category
		}
		if len(r.Lang) == 0 {
			r.Lang = file.Lang
		}
		rules = append(rules, r)
	}
	set, err := newRuleSet(rules)
	if err != nil || len(errs) > 0 {
		if joined, ok := err.(interface{ Unwrap() []error }); ok {
			errs = append(errs, joined.Unwrap()...)
		} else if err != nil {
			errs = append(errs, err)
		}
		slices.SortStableFunc(errs, func(a, b error) int { return a.(*FileError).Line - b.(*FileError).Line })
		return nil, errors.Join(errs...)
	}
	if !elements.IsEmpty() {
		set.elements = []SiteRules{{File: name, Sites: sites, ElementRules: elements}}
	}
	return set, nil
}

// fileKeys are the keys a rule file may have.
var fileKeys = map[string]bool{
	"category": true, "lang": true, "rules": true, "sites": true,
	"select": true, "remove": true, "title": true, "authors": true, "published": true,
}

// ruleKeys are the keys a rule may have.
var ruleKeys = map[string]bool{
	"id": true, "category": true, "lang": true, "phrase": true, "contains": true, "prefix": true,
	"regexp": true, "max_words": true, "where": true, "kinds": true, "action": true, "examples": true,
}

// decodeStrict decodes n into r, refusing keys that a rule does not have.
func decodeStrict(n *yaml.Node, r *Rule) error {
	if n.Kind != yaml.MappingNode {
		return errors.New("a rule must be a mapping of keys to values")
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if k := n.Content[i]; !ruleKeys[k.Value] {
			return &FileError{File: r.File, Line: k.Line, Err: fmt.Errorf("unknown key %q in rule", k.Value)}
		}
	}
	return n.Decode(r)
}

// Merge returns a rule set holding the rules and the element rules of
// every set in order. An id defined twice is an error.
func Merge(sets ...*RuleSet) (*RuleSet, error) {
	var rules []*Rule
	var elements []SiteRules
	for _, s := range sets {
		if s != nil {
			rules = append(rules, s.rules...)
			elements = append(elements, s.elements...)
		}
	}
	m, err := newRuleSet(rules)
	if err != nil {
		return nil, err
	}
	m.elements = elements
	return m, nil
}

// newRuleSet compiles and indexes rules. Rules with sites are left out of
// the indexes, so that Apply passes them over: see ForHost.
func newRuleSet(rules []*Rule) (*RuleSet, error) {
	return indexRules(rules, false)
}

// indexRules compiles and indexes rules; those with sites take part only
// when withSites is set.
func indexRules(rules []*Rule, withSites bool) (*RuleSet, error) {
	s := &RuleSet{rules: rules, phrases: make(map[string][]int), byLead: make(map[rune][]int)}
	seen := make(map[string]*Rule, len(rules))
	var errs []error
	for i, r := range rules {
		if r.match == nil {
			if err := r.compile(); err != nil {
				errs = append(errs, &FileError{File: r.File, Line: r.Line, Err: err})
				continue
			}
		}
		if prev, ok := seen[r.ID]; ok {
			errs = append(errs, &FileError{File: r.File, Line: r.Line, Err: fmt.Errorf("rule id %s is already defined at %s:%d", r.ID, prev.File, prev.Line)})
			continue
		}
		seen[r.ID] = r
		if len(r.Sites) > 0 && !withSites {
			s.scope(r)
			continue
		}
		if r.Phrase != "" {
			key := phraseKey(fold(r.Phrase))
			s.phrases[key] = append(s.phrases[key], i)
			s.phraseWords = max(s.phraseWords, wordCount(key))
			continue
		}
		if r.MaxWords == 0 {
			s.otherWords = -1
		} else if s.otherWords >= 0 {
			s.otherWords = max(s.otherWords, r.MaxWords)
		}
		if r.lead == nil {
			s.unindexed = append(s.unindexed, i)
		}
		for _, c := range r.lead {
			if c < utf8.RuneSelf {
				s.leadASCII[c] = append(s.leadASCII[c], i)
			} else {
				s.byLead[c] = append(s.byLead[c], i)
			}
		}
	}
	s.unrequired = make([]uint64, (len(rules)+63)/64)
	for i, r := range rules {
		if r.required == nil {
			s.unrequired[i/64] |= 1 << (i % 64)
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	if s.scoped != nil {
		s.scoped.rules = rules
	}
	s.literals = &lazyLiterals{rules: rules}
	return s, nil
}

// literalTiers are the word counts above which a block is looked up in a
// smaller literal index: one of the rules that take blocks longer than
// that (see Rule.MaxWords). Most of a page's text lies in paragraphs
// longer than most rules take, and a small index stays in the processor's
// cache where the full one does not.
var literalTiers = [...]int{12, 30, 50}

// lazyLiterals builds the literal indexes of a set at their first use:
// the sets that Parse makes of each file on the way to a merged one never
// need theirs, and a tier that no block reaches costs nothing.
type lazyLiterals struct {
	rules []*Rule
	tiers [len(literalTiers) + 1]struct {
		once  sync.Once
		index *literalIndex
	}
}

// get returns the index to look a block of the given number of words up
// in: one of the rules that may take it, and maybe of others; or nil when
// there is none.
func (l *lazyLiterals) get(words int) *literalIndex {
	if l == nil {
		return nil
	}
	t := 0
	for t < len(literalTiers) && words > literalTiers[t] {
		t++
	}
	longer := 0
	if t > 0 {
		longer = literalTiers[t-1]
	}
	tier := &l.tiers[t]
	tier.once.Do(func() { tier.index = newLiteralIndex(l.rules, longer) })
	return tier.index
}

// Rules returns the rules of the set in order. The caller must not modify them.
func (s *RuleSet) Rules() []*Rule {
	if s == nil {
		return nil
	}
	return s.rules
}

// Len returns the number of rules in the set.
func (s *RuleSet) Len() int { return len(s.Rules()) }

// yamlErrorLine finds the line number in an error of the YAML decoder.
func yamlErrorLine(err error) int {
	var te *yaml.TypeError
	msg := err.Error()
	if errors.As(err, &te) && len(te.Errors) > 0 {
		msg = te.Errors[0]
	}
	var line int
	if i := strings.Index(msg, "line "); i >= 0 {
		fmt.Sscanf(msg[i+len("line "):], "%d", &line)
	}
	return line
}

// yamlErrorLineOr is yamlErrorLine, or line when the error names none.
func yamlErrorLineOr(err error, line int) int {
	if l := yamlErrorLine(err); l > 0 {
		return l
	}
	return line
}
