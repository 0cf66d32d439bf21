package boilerplate

import (
	"errors"
	"fmt"
	"regexp"
	"regexp/syntax"
	"strings"
	"sync"
	"unicode/utf8"
)

// Rule is one boilerplate rule: a matcher, the guards that limit it and the
// action it takes on a block it matches.
//
// Exactly one of Phrase, Contains, Prefix and Regexp is set. Phrase,
// Contains and Prefix compare without regard to case, quote style, dashes
// and spacing; Phrase also ignores punctuation and symbols at the ends of
// the block ("Share:", "» Related stories"), and Prefix those at its start.
// Regexp is an RE2 expression matched against the block's text with quotes,
// dashes and spacing folded but case kept: start it with (?i) to ignore case.
type Rule struct {
	// ID names the rule in reports. It is unique within a rule set.
	ID string `yaml:"id"`
	// Category groups rules by what they remove: subscription, app-promo,
	// newsletter, share, cookie-consent, related, comments, advertising,
	// navigation, legal, credit, caption, and so on.
	Category string `yaml:"category"`
	// Lang lists the ISO 639-1 codes of the languages the rule is written
	// for; empty or "any" means every language.
	Lang Languages `yaml:"lang"`

	// Phrase matches a block whose whole text is the phrase, give or take
	// the decoration at its ends ("» Share |", at most four words of it).
	// Phrase rules cost one map lookup per block, whatever their number.
	Phrase string `yaml:"phrase,omitempty"`
	// Contains matches a block that contains the text.
	Contains string `yaml:"contains,omitempty"`
	// Prefix matches a block that starts with the text.
	Prefix string `yaml:"prefix,omitempty"`
	// Regexp matches a block in which the expression finds a match.
	Regexp string `yaml:"regexp,omitempty"`

	// MaxWords, when positive, limits the rule to blocks of at most that
	// many words, so that a sentence of the article that mentions
	// "download the app" survives.
	MaxWords int `yaml:"max_words,omitempty"`
	// Where limits the rule to a part of the document.
	Where Where `yaml:"where,omitempty"`
	// Kinds, when set, limits the rule to blocks of these kinds: a date
	// line is boilerplate in a paragraph, data in a table cell.
	Kinds Kinds `yaml:"kinds,omitempty"`
	// Action is what the rule does to a block it matches.
	Action Action `yaml:"action"`

	// Examples are blocks the rule must match (Drop) and must not match
	// (Keep); [RuleSet.CheckExamples] verifies them.
	Examples Examples `yaml:"examples"`

	// File and Line say where the rule was defined.
	File string `yaml:"-"`
	Line int    `yaml:"-"`
	// Sites are the hosts of the pages the rule applies to, from the sites
	// of its file; empty for every page. See [RuleSet.ForHost].
	Sites Sites `yaml:"-"`

	match func(b *preparedBlock) bool
	// lead, when set, holds the runes (mapped by canonicalLower) with which
	// a matching block begins once its leading decoration is skipped; nil
	// means the rule may match a block that begins with anything.
	lead []rune
	// required, when set, holds strings (mapped by lowerFold) one of which a
	// matching block contains.
	required []string
	// digits is the least number of ASCII digits a matching block holds,
	// as dates and counters do.
	digits int
}

// Examples are sample blocks that document and test a rule.
type Examples struct {
	// Drop lists blocks the rule matches.
	Drop []string `yaml:"drop"`
	// Keep lists blocks the rule leaves alone.
	Keep []string `yaml:"keep"`
}

// String returns the rule's ID with the place it was defined.
func (r *Rule) String() string {
	if r.File == "" {
		return r.ID
	}
	return fmt.Sprintf("%s (%s:%d)", r.ID, r.File, r.Line)
}

// compile checks the rule and prepares its matcher.
func (r *Rule) compile() error {
	if r.ID == "" {
		return errors.New("rule has no id")
	}
	if r.Category == "" {
		return fmt.Errorf("rule %s has no category", r.ID)
	}
	if r.Action == "" {
		r.Action = Drop
	}
	if err := r.Action.valid(); err != nil {
		return fmt.Errorf("rule %s: %w", r.ID, err)
	}
	if err := r.Where.valid(); err != nil {
		return fmt.Errorf("rule %s: %w", r.ID, err)
	}
	if r.Where == "" {
		r.Where = Anywhere
	}
	if r.MaxWords < 0 {
		return fmt.Errorf("rule %s: max_words is negative", r.ID)
	}
	set := 0
	for _, s := range []string{r.Phrase, r.Contains, r.Prefix, r.Regexp} {
		if s != "" {
			set++
		}
	}
	if set != 1 {
		return fmt.Errorf("rule %s: want exactly one of phrase, contains, prefix and regexp, have %d", r.ID, set)
	}
	switch {
	case r.Phrase != "":
		want := phraseKey(fold(r.Phrase))
		if want == "" {
			return fmt.Errorf("rule %s: phrase %q is only punctuation", r.ID, r.Phrase)
		}
		r.match = func(b *preparedBlock) bool { return b.Key() == want }
	case r.Contains != "":
		want := lowerFold(fold(r.Contains))
		r.match = func(b *preparedBlock) bool { return strings.Contains(b.Lower(), want) }
		r.required = []string{want}
	case r.Prefix != "":
		want := lowerFold(fold(r.Prefix))
		r.match = func(b *preparedBlock) bool {
			return strings.HasPrefix(b.Lower(), want) || strings.HasPrefix(b.Start(), want)
		}
		if first, _ := utf8.DecodeRuneInString(want); first != utf8.RuneError {
			r.lead = []rune{first}
		}
	default:
		tree, err := syntax.Parse(r.Regexp, syntax.Perl)
		if err != nil {
			return fmt.Errorf("rule %s: %w", r.ID, err)
		}
		// The pattern is valid; it is compiled at its first use, since the
		// prefilters spare most rules from ever running on a page.
		pattern := r.Regexp
		re := sync.OnceValue(func() *regexp.Regexp {
			re, err := regexp.Compile(pattern)
			if err != nil {
				return nil
			}
			return re
		})
		r.match = func(b *preparedBlock) bool {
			re := re()
			return re != nil && re.MatchString(b.Folded())
		}
		tree = tree.Simplify()
		if lead, ok := leadRunes(tree); ok {
			r.lead = lead
		}
		if required, ok := requiredStrings(tree); ok {
			r.required = required
		}
		r.digits = minDigits(tree)
	}
	return nil
}

// Matches reports whether the rule matches a block of the given text,
// considering its matcher and its word limit but not its place in the
// document, its language or its kinds.
func (r *Rule) Matches(text string) bool {
	b := prepare(text, -1)
	return r.matches(&b)
}

func (r *Rule) matches(b *preparedBlock) bool {
	if r.MaxWords > 0 && b.words > r.MaxWords {
		return false
	}
	if r.digits > 0 && b.Digits() < r.digits {
		return false
	}
	if r.required != nil && !containsAny(b.Lower(), r.required) {
		return false
	}
	return r.match != nil && r.match(b)
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}
