package boilerplate

import (
	"strings"
	"sync"
)

// hostSets builds and keeps the rule sets that ForHost returns: one for
// each combination of the sites that a host matches.
type hostSets struct {
	rules  []*Rule  // every rule of the set, scoped or not, in order
	scopes []Sites  // the distinct sites of the scoped rules
	keys   []string // the key of each scope
	mu     sync.Mutex
	sets   map[string]*RuleSet // by the scopes a host matches, one byte each
}

// maxHostSets bounds the sets that ForHost keeps; past it, a set is built
// for every call.
const maxHostSets = 256

// scope records that r, a rule with sites, is left out of the indexes of s.
func (s *RuleSet) scope(r *Rule) {
	if s.scoped == nil {
		s.scoped = &hostSets{}
	}
	key := strings.Join(r.Sites, " ")
	for _, k := range s.scoped.keys {
		if k == key {
			return
		}
	}
	s.scoped.keys = append(s.scoped.keys, key)
	s.scoped.scopes = append(s.scoped.scopes, r.Sites)
}

// ForHost returns the rules of s that apply to a page of host (a host
// name as in a URL; case, a port and a final dot are ignored): the rules
// of files without sites, and those of files whose sites match host. A
// rule set leaves rules with sites out of [RuleSet.Apply] until ForHost
// picks them for a page.
//
// ForHost returns s itself when no rule of s has sites or none of those
// matches host, at the cost of comparing host with each file's sites.
// Otherwise it builds a set of the rules in scope at the first call for
// that combination of sites, and keeps it. The set returned has the
// element rules and the trace of s; its own ForHost starts again from
// every rule of s.
func (s *RuleSet) ForHost(host string) *RuleSet {
	if s == nil || s.scoped == nil {
		return s
	}
	h := s.scoped
	host = canonicalHost(host)
	var key []byte
	for i, sites := range h.scopes {
		for _, p := range sites {
			if matchSite(p, host) {
				if key == nil {
					key = make([]byte, len(h.scopes))
				}
				key[i] = 1
				break
			}
		}
	}
	if key == nil {
		return s
	}
	h.mu.Lock()
	set := h.sets[string(key)]
	h.mu.Unlock()
	if set == nil {
		set = h.build(key)
		set.elements = s.elements
		h.mu.Lock()
		if h.sets == nil {
			h.sets = make(map[string]*RuleSet)
		}
		if len(h.sets) < maxHostSets {
			h.sets[string(key)] = set
		}
		h.mu.Unlock()
	}
	if s.trace != nil {
		set = set.WithTrace(s.trace)
	}
	return set
}

// build returns the set of the rules without sites and of those whose
// sites are marked in key.
func (h *hostSets) build(key []byte) *RuleSet {
	var rules []*Rule
	for _, r := range h.rules {
		if len(r.Sites) == 0 || key[h.scopeIndex(r.Sites)] == 1 {
			rules = append(rules, r)
		}
	}
	set, err := indexRules(rules, true)
	if err != nil {
		// The rules were compiled and checked when s was built.
		panic("boilerplate: ForHost: " + err.Error())
	}
	set.scoped = h
	return set
}

func (h *hostSets) scopeIndex(sites Sites) int {
	key := strings.Join(sites, " ")
	for i, k := range h.keys {
		if k == key {
			return i
		}
	}
	return -1
}

// ElementRules returns the element rules of s that apply to a page of
// host: those of files without sites, and those of files whose sites
// match host; with host "", only the former. Its cost is a comparison of
// host with the sites of each file that has element rules; it allocates
// nothing when no file has any.
func (s *RuleSet) ElementRules(host string) ElementRules {
	var e ElementRules
	if s == nil {
		return e
	}
	for _, f := range s.elements {
		if len(f.Sites) == 0 || host != "" && f.Sites.Matches(host) {
			e.add(f.ElementRules)
		}
	}
	return e
}

// SiteRules returns the element rules of s, one entry for each file that
// has some, in the order of the files. The caller must not modify them.
func (s *RuleSet) SiteRules() []SiteRules {
	if s == nil {
		return nil
	}
	return s.elements
}
