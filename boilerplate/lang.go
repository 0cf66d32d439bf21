package boilerplate

import (
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Languages is a list of ISO 639-1 language codes. An empty list, or one
// holding "any", stands for every language.
type Languages []string

// UnmarshalYAML accepts a single code ("en", "any") or a list of codes.
func (l *Languages) UnmarshalYAML(n *yaml.Node) error {
	var codes []string
	switch n.Kind {
	case yaml.ScalarNode:
		codes = []string{n.Value}
	case yaml.SequenceNode:
		if err := n.Decode(&codes); err != nil {
			return err
		}
	default:
		return fmt.Errorf("line %d: lang must be a code or a list of codes", n.Line)
	}
	for i, c := range codes {
		c = strings.ToLower(strings.TrimSpace(c))
		if c != "any" && (len(c) != 2 || c[0] < 'a' || c[0] > 'z' || c[1] < 'a' || c[1] > 'z') {
			return fmt.Errorf("line %d: %q is not an ISO 639-1 code or any", n.Line, c)
		}
		codes[i] = c
	}
	*l = codes
	return nil
}

// Any reports whether the list stands for every language.
func (l Languages) Any() bool {
	if len(l) == 0 {
		return true
	}
	for _, c := range l {
		if c == "any" {
			return true
		}
	}
	return false
}

// Has reports whether the list covers the language of the given tag
// ("de", "de-AT", "pt_BR"). An empty tag is covered by every list.
func (l Languages) Has(tag string) bool {
	return l.hasPrimary(primaryLanguage(tag))
}

// hasPrimary is Has for a primary subtag already in lower case.
func (l Languages) hasPrimary(primary string) bool {
	if primary == "" || len(l) == 0 {
		return true
	}
	for _, c := range l {
		if c == primary || c == "any" {
			return true
		}
	}
	return false
}

// primaryLanguage returns the primary subtag of a language tag in lower
// case: "de" for "de-AT", "pt" for "pt_BR".
func primaryLanguage(tag string) string {
	primary := strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(primary, "-_"); i >= 0 {
		primary = primary[:i]
	}
	return primary
}
