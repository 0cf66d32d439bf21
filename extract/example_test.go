package extract_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/artext/artext/extract"
	"golang.org/x/net/html"
)

const examplePage = `<!DOCTYPE html>
<html lang="en"><head><title>Tides</title>
<meta property="article:published_time" content="2024-03-01T08:30:00Z"></head>
<body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<article><h1>Tides</h1>
<p>The sea rises and falls twice a day, pulled by the moon and, to a lesser degree, by the sun.</p>
<p>Where the coast is shaped like a funnel, as in the Bay of Fundy, the difference can exceed fifteen metres.</p>
<p>Fishermen, sailors and surfers read tide tables the way others read the weather forecast.</p>
</article></body></html>`

func ExampleFromReader() {
	a, err := extract.FromReader(context.Background(), strings.NewReader(examplePage), extract.Options{URL: "https://example.com/tides"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Title)
	fmt.Println(a.Language, a.Published, a.WordCount)
	fmt.Println(a.Text[:48])
	// Output:
	// Tides
	// en 2024-03-01T08:30:00Z 54
	// The sea rises and falls twice a day, pulled by t
}

func ExampleFromReader_noContent() {
	_, err := extract.FromReader(context.Background(), strings.NewReader("<html><body></body></html>"), extract.Options{Name: "empty.html"})
	fmt.Println(err)
	fmt.Println(errors.Is(err, extract.ErrNoContent))
	// Output:
	// empty.html: no article content found
	// true
}

func ExampleFromNode() {
	doc, err := html.Parse(strings.NewReader(examplePage))
	if err != nil {
		fmt.Println(err)
		return
	}
	a, err := extract.FromNode(context.Background(), doc, extract.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Title, a.Source.Format)
	// Output:
	// Tides html
}

func ExampleWrite() {
	a, err := extract.FromReader(context.Background(), strings.NewReader(examplePage), extract.Options{URL: "https://example.com/tides"})
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := extract.Write(os.Stdout, a, extract.FormatMarkdown, extract.WriteOptions{}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// ---
	// title: Tides
	// date: "2024-03-01T08:30:00Z"
	// url: https://example.com/tides
	// ---
	//
	// The sea rises and falls twice a day, pulled by the moon and, to a lesser degree, by the sun.
	//
	// Where the coast is shaped like a funnel, as in the Bay of Fundy, the difference can exceed fifteen metres.
	//
	// Fishermen, sailors and surfers read tide tables the way others read the weather forecast.
}

func ExampleParseFormat() {
	for _, s := range []string{"md", "JSONL", "docx"} {
		f, err := extract.ParseFormat(s)
		fmt.Printf("%q %v\n", f, err)
	}
	// Output:
	// "markdown" <nil>
	// "jsonl" <nil>
	// "" unknown format "docx" (want json, jsonl, markdown, text or html)
}
