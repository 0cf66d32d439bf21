// Package doclinks holds the tests of the project's Markdown documents:
// README.md, CONTRIBUTING.md, SECURITY.md and the files below docs/.
// Every relative link must name a file or folder of the repository, and
// every #anchor a heading of the file it points into; README.md stays
// short and gives the exact test command that .ci/run runs.
//
// It has no code of its own: run it with
//
//	go test ./internal/doclinks
package doclinks
