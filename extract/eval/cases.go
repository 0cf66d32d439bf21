package eval

import (
	"encoding/json"
	"fmt"
	"os"
)

// Case is one annotated page of a snippet evaluation set.
type Case struct {
	// File is the page's file name, relative to the pages folder.
	File string `json:"file"`
	// URL is the page's address.
	URL string `json:"url"`
	// With lists snippets of the article that the extracted text must hold.
	With []string `json:"with"`
	// Without lists snippets of boilerplate that it must not hold.
	Without []string `json:"without"`

	// The expected metadata, where annotated.
	Title       string   `json:"title,omitempty"`
	Authors     []string `json:"authors,omitempty"`
	Date        string   `json:"date,omitempty"`
	Sitename    string   `json:"sitename,omitempty"`
	Description string   `json:"description,omitempty"`
	Categories  []string `json:"categories,omitempty"`
	Tags        []string `json:"tags,omitempty"`
}

// LoadCases reads a snippet evaluation set: a JSON list of cases.
func LoadCases(path string) ([]Case, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var cases []Case
	if err := json.Unmarshal(data, &cases); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	for i, c := range cases {
		if c.File == "" {
			return nil, fmt.Errorf("%s: case %d has no file", path, i)
		}
	}
	return cases, nil
}
