package boilerplate_test

import (
	"fmt"
	"log"

	"github.com/artext/artext/boilerplate"
)

// Apply the default rules to the lines of a story copied from a news
// aggregator, and print what each rule did.
func ExampleRuleSet_Apply() {
	blocks := []boilerplate.Block{
		{Text: "Get all your news in one place."},
		{Text: "Ministers agree on a plan for the harbour"},
		{Text: "The plan, agreed on Monday, moves the ferry terminal to the east quay and opens the old docks to the public."},
		{Text: "The old docks in 1950 (Getty)"},
		{Text: "Work starts next spring and should last two years, the council said."},
		{Text: "Sign up to read this article"},
		{Text: "Related Stories"},
		{Text: "Download the app"},
	}
	decisions := boilerplate.Default().Apply(blocks, "en")
	for _, r := range boilerplate.Removals(blocks, decisions) {
		fmt.Printf("%-22s %-10s %s\n", r.Rule, r.Action, r.Text)
	}
	// Output:
	// get-all-your-news      drop       Get all your news in one place.
	// agency-in-parentheses  caption    The old docks in 1950 (Getty)
	// sign-up-to-read        drop-after Sign up to read this article
	// sign-up-to-read        drop-after Related Stories
	// sign-up-to-read        drop-after Download the app
}

// Write rules of one's own, in the YAML of a rule file, and check them
// against their examples before use.
func ExampleParse() {
	rules, err := boilerplate.Parse("newsroom.yaml", []byte(`
category: newsroom
lang: en
rules:
  - id: listen
    phrase: Listen to this article
    examples:
      drop: ["Listen to this article", "▶ LISTEN TO THIS ARTICLE"]
      keep: ["Listen to this article's critics."]
`))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(len(rules.CheckExamples()), "failing examples")
	d := rules.Apply([]boilerplate.Block{{Text: "» Listen to this article"}}, "en-GB")
	fmt.Println(d[0].Action, d[0].Rule.ID)
	// Output:
	// 0 failing examples
	// drop listen
}
