package rulesuggest

import "testing"

func TestGenerated(t *testing.T) {
	generated := []string{
		"sc-bdVaJa", "kXjQnU", "css-1q2w3e4", "jsx-2839473922", "svelte-1abcd2", "astro-J7PV25F6",
		"ng-tns-c12-3", "ng-star-inserted", "_a1b2c", "Button_root__3xYz1", "styles-module__title___2kd9A",
		"a3f9c2e1", "x1lliihq", "e1g4uqwd0", "post-12345", "makeStyles-root-123", "ember123", ":r1:",
		"1col", "t-4kqa9", "", "item_98765",
	}
	stable := []string{
		"newsletter", "story-body", "article__content", "c-article-body", "col-md-12", "MuiBox-root",
		"main-story", "entry-content", "wp-block-paragraph", "ad", "h2", "is-active", "storyBody",
		"mainNavBar", "byline", "related", "share-buttons", "css-grid", "facade", "deadbeef", "post",
		"article-body--wide", "mt-4", "sqs-block-content", "l-container",
	}
	for _, tok := range generated {
		if !Generated(tok) {
			t.Errorf("Generated(%q) = false, want true", tok)
		}
	}
	for _, tok := range stable {
		if Generated(tok) {
			t.Errorf("Generated(%q) = true, want false", tok)
		}
	}
}
