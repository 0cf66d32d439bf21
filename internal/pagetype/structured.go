package pagetype

import (
	"encoding/json"
	"strings"
)

// readJSONLD adds the @type values of every JSON-LD block to s.ldTypes,
// nested objects and @graph members included. A block that is not valid
// JSON is skipped.
func (s *signals) readJSONLD() {
	for _, block := range s.jsonLD {
		var v any
		if json.Unmarshal([]byte(strings.TrimSpace(block)), &v) != nil {
			continue
		}
		s.ldWalk(v, 0)
	}
}

func (s *signals) ldWalk(v any, depth int) {
	if depth > 8 {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			s.ldWalk(e, depth+1)
		}
	case map[string]any:
		switch t := x["@type"].(type) {
		case string:
			s.addType(t)
		case []any:
			for _, e := range t {
				if name, ok := e.(string); ok {
					s.addType(name)
				}
			}
		}
		for k, e := range x {
			if k != "@type" && k != "@context" {
				s.ldWalk(e, depth+1)
			}
		}
	}
}

// The groups of schema.org types that tell a kind of page.
var typeGroups = map[string][]string{
	"article":  {"article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "scholarlyarticle", "review", "recipe", "howto"},
	"tech":     {"techarticle", "apireference", "softwaresourcecode"},
	"forum":    {"discussionforumposting", "socialmediaposting", "qapage", "comment"},
	"qa":       {"question", "answer"},
	"faq":      {"faqpage"},
	"product":  {"product", "productgroup", "offer", "individualproduct", "productmodel", "car", "vehicle"},
	"rating":   {"aggregaterating"},
	"list":     {"itemlist", "collectionpage", "searchresultspage", "offercatalog"},
	"business": {"service", "localbusiness", "professionalservice", "financialservice", "medicalbusiness", "homeandconstructionbusiness", "legalservice", "medicalclinic", "dentist", "store"},
	"software": {"softwareapplication", "webapplication", "mobileapplication"},
	"event":    {"event"},
	"person":   {"person"},
	"webpage":  {"webpage"},
}

// hasType reports whether the page declares a type of the named group.
func (s *signals) hasType(group string) bool {
	for _, t := range typeGroups[group] {
		if s.ldTypes[t] {
			return true
		}
	}
	return false
}
