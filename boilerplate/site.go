package boilerplate

import (
	"fmt"
	"net"
	"strings"
	"unicode"

	"go.yaml.in/yaml/v3"
)

// Sites is a list of host patterns, written in a rule file as one pattern
// or a list of them. A pattern such as example.com matches that host and
// its subdomains (www.example.com, news.example.com); *.example.com
// matches the subdomains only. Hosts are compared without regard to case,
// a port or a final dot. An empty list matches every host.
type Sites []string

// UnmarshalYAML accepts a pattern or a list of patterns, and refuses a
// pattern that is not a host name (a URL, a path, a wildcard elsewhere
// than at the start).
func (s *Sites) UnmarshalYAML(n *yaml.Node) error {
	items, err := scalars(n, "sites must be a host pattern or a list of them")
	if err != nil {
		return err
	}
	out := make(Sites, 0, len(items))
	for _, item := range items {
		p, err := sitePattern(item.Value)
		if err != nil {
			return &lineError{line: item.Line, err: err}
		}
		out = append(out, p)
	}
	*s = out
	return nil
}

// sitePattern returns the pattern p in lower case, or what is wrong with it.
func sitePattern(p string) (string, error) {
	p = strings.TrimSuffix(strings.ToLower(strings.TrimSpace(p)), ".")
	host := strings.TrimPrefix(p, "*.")
	bad := host == "" || strings.HasPrefix(host, ".") || strings.HasSuffix(host, ".") || strings.Contains(host, "..")
	for _, c := range host {
		if !(unicode.IsLetter(c) || unicode.IsDigit(c) || c == '-' || c == '.' || c == '_') {
			bad = true
		}
	}
	if bad {
		return "", fmt.Errorf("site %q is not a host name such as example.com or *.example.com", p)
	}
	return p, nil
}

// Matches reports whether host matches one of the patterns, or the list
// is empty.
func (s Sites) Matches(host string) bool {
	if len(s) == 0 {
		return true
	}
	host = canonicalHost(host)
	for _, p := range s {
		if matchSite(p, host) {
			return true
		}
	}
	return false
}

// matchSite reports whether the canonical host matches the pattern p.
func matchSite(p, host string) bool {
	if rest, ok := strings.CutPrefix(p, "*."); ok {
		return len(host) > len(rest)+1 && strings.HasSuffix(host, rest) && host[len(host)-len(rest)-1] == '.'
	}
	return host == p || len(host) > len(p)+1 && strings.HasSuffix(host, p) && host[len(host)-len(p)-1] == '.'
}

// canonicalHost returns host in lower case, without a port or a final dot.
func canonicalHost(host string) string {
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	return strings.TrimSuffix(strings.ToLower(host), ".")
}

// scalars returns the scalar n, or the items of the list n, which must be
// scalars; else an error with the message what.
func scalars(n *yaml.Node, what string) ([]*yaml.Node, error) {
	switch n.Kind {
	case yaml.ScalarNode:
		return []*yaml.Node{n}, nil
	case yaml.SequenceNode:
		for _, item := range n.Content {
			if item.Kind != yaml.ScalarNode {
				return nil, &lineError{line: item.Line, err: fmt.Errorf("%s", what)}
			}
		}
		return n.Content, nil
	}
	return nil, &lineError{line: n.Line, err: fmt.Errorf("%s", what)}
}

// lineError is an error at a line of a rule file, which Parse turns into
// a *FileError.
type lineError struct {
	line int
	err  error
}

func (e *lineError) Error() string { return fmt.Sprintf("line %d: %v", e.line, e.err) }
func (e *lineError) Unwrap() error { return e.err }
