// Package input turns the bytes of an input into text the pipeline can
// read: it reads them within a size limit, gunzipping them, refuses
// binary content (images, PDFs, programs), decodes HTTP content
// encodings, sniffs whether the content is HTML or text, decodes its
// charset to UTF-8, and counts the elements of a page before it is
// parsed. It knows nothing of articles.
package input
