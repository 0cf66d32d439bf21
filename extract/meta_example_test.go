package extract_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/artext/artext/extract"
)

// The metadata of an article comes from what the page says about itself:
// here the <title> and its site suffix, the h1, a JSON-LD author, a
// <time> element and the article's tags.
func ExampleFromReader_metadata() {
	page := `<!DOCTYPE html>
<html lang="en"><head>
<title>Rain returns to the valley - The Valley Post</title>
<meta property="og:site_name" content="The Valley Post">
<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Jane Doe"}}</script>
</head><body>
<article>
<h1>Rain returns to the valley</h1>
<p class="byline">By Jane Doe, <time datetime="2024-03-05T09:30:00+01:00">5 March 2024</time></p>
<p>After three dry months, rain fell on the valley on Monday night, filling the reservoirs that farmers had watched sink all winter long.</p>
<p>The river rose by half a metre before dawn, and the mill by the old bridge turned again for the first time since the autumn.</p>
<p>Forecasters expect more showers through the week, which should be enough to save the spring sowing in most of the valley.</p>
<p>Tags: <a href="/tag/weather/" rel="tag">weather</a>, <a href="/tag/farming/" rel="tag">farming</a></p>
</article></body></html>`
	a, err := extract.FromReader(context.Background(), strings.NewReader(page), extract.Options{URL: "https://valleypost.example/2024/03/05/rain"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("title:    ", a.Title)
	fmt.Println("site:     ", a.SiteName)
	fmt.Println("authors:  ", a.Authors)
	fmt.Println("published:", a.Published)
	fmt.Println("language: ", a.Language)
	fmt.Println("tags:     ", a.Tags)
	// Output:
	// title:     Rain returns to the valley
	// site:      The Valley Post
	// authors:   [Jane Doe]
	// published: 2024-03-05T09:30:00+01:00
	// language:  en
	// tags:      [weather farming]
}
