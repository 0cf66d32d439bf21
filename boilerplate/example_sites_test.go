package boilerplate_test

import (
	"fmt"
	"log"
	"strings"

	"github.com/artext/artext/boilerplate"
	"golang.org/x/net/html"
)

// A rule file with sites applies to the pages of those hosts only: pick
// the rules for a page with ForHost before applying them.
func ExampleRuleSet_ForHost() {
	rules, err := boilerplate.Parse("example-news.yaml", []byte(`
sites: news.example.com
category: example-news
rules:
  - id: thanks
    phrase: Example News thanks its readers
`))
	if err != nil {
		log.Fatal(err)
	}
	blocks := []boilerplate.Block{{Text: "Example News thanks its readers"}}
	for _, host := range []string{"news.example.com", "www.news.example.com", "example.org"} {
		d := rules.ForHost(host).Apply(blocks, "en")
		fmt.Printf("%-20s kept: %v\n", host, d[0].Kept())
	}
	// Output:
	// news.example.com     kept: false
	// www.news.example.com kept: false
	// example.org          kept: true
}

// Element rules name, with CSS selectors, what to remove from a page, what
// the article is, and where its title, authors and date stand.
func ExampleRuleSet_ElementRules() {
	rules, err := boilerplate.Parse("example-news.yaml", []byte(`
sites: news.example.com
remove: [".newsletter"]
title: h1.headline
published: "time[datetime]"
`))
	if err != nil {
		log.Fatal(err)
	}
	page, _ := html.Parse(strings.NewReader(`<article>
<h1 class="headline">Harbour plan agreed</h1><time datetime="2024-03-01">1 March</time>
<p>The plan was agreed.</p><div class="newsletter">Sign up</div></article>`))

	e := rules.ElementRules("news.example.com")
	for _, sel := range e.Remove {
		nodes, err := sel.MatchAll(page)
		if err != nil {
			log.Fatal(err)
		}
		for _, n := range nodes {
			fmt.Printf("remove %s (%s, line %d): %s\n", sel, sel.File, sel.Line, boilerplate.FieldText(n))
		}
	}
	for _, field := range []struct {
		name string
		sels []*boilerplate.Selector
	}{{"title", e.Title}, {"published", e.Published}} {
		nodes, _ := field.sels[0].MatchAll(page)
		fmt.Printf("%s: %s\n", field.name, boilerplate.FieldText(nodes[0]))
	}
	fmt.Println("another site:", rules.ElementRules("example.org").IsEmpty())
	// Output:
	// remove .newsletter (example-news.yaml, line 3): Sign up
	// title: Harbour plan agreed
	// published: 2024-03-01
	// another site: true
}

// CompileSelector compiles a selector of one's own, as --remove and
// --select take them; its error quotes the selector.
func ExampleCompileSelector() {
	_, err := boilerplate.CompileSelector("div.note[")
	fmt.Println(err)
	sel, err := boilerplate.CompileSelector("p:not(.ad)")
	if err != nil {
		log.Fatal(err)
	}
	page, _ := html.Parse(strings.NewReader(`<p>one</p><p class="ad">buy</p><p>two</p>`))
	nodes, _ := sel.MatchAll(page)
	for _, n := range nodes {
		fmt.Println(boilerplate.FieldText(n))
	}
	// Output:
	// invalid selector "div.note[": expected identifier, found EOF instead
	// one
	// two
}

// Check reports failing examples as errors and missing ones as warnings.
func ExampleRuleSet_Check() {
	rules, err := boilerplate.Parse("mine.yaml", []byte(`
category: mine
rules:
  - id: listen
    phrase: Listen to this article
`))
	if err != nil {
		log.Fatal(err)
	}
	for _, p := range rules.Check() {
		fmt.Println(p)
	}
	// Output:
	// mine.yaml:4: warning: rule listen has no example to drop nor to keep: examples test a rule
}
