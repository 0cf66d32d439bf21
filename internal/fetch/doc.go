// Package fetch downloads pages over HTTP and HTTPS for extraction, as
// extract.Fetcher offers it: bounded redirects, decoded content encodings,
// a size limit, a watch on slow bodies, content types refused before the
// body is read, and retries of the responses that ask for them.
package fetch
