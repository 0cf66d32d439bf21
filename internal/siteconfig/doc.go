// Package siteconfig reads site configuration files in the format of
// FiveFilters Full-Text RSS (the files of the ftr-site-config project,
// which wallabag and FreshRSS use) and applies them to a parsed page.
//
// A folder holds one file per host: example.com.txt for the pages of
// example.com (and of www.example.com: a leading "www." is dropped), and
// .example.com.txt for the pages of its subdomains. [Dir.Lookup] tries
// the host's own file, then the file of its parent with a leading dot,
// one level up only, and takes the first it finds, as Full-Text RSS does.
// The folder's global.txt, and the custom/ and standard/ subfolders of a
// Full-Text RSS install, are not read: point the folder at the files.
//
// A file is a list of "directive: value" lines; a line starting with #
// is a comment. The directives understood:
//
//   - title, author, date, body: XPath expressions giving the article's
//     title, authors, publication date and content. Several lines of one
//     directive are tried in order, and the first that selects anything
//     gives the value; body's matches, when several, are all kept in
//     document order.
//   - strip: an XPath expression whose matches are removed.
//   - strip_id_or_class: elements whose id or class attribute contains
//     the text are removed.
//   - strip_image_src: img elements whose src attribute contains the text
//     are removed.
//   - prune: yes or no (yes when absent): whether to clean the content of
//     body further. Parsed and returned; the caller decides.
//   - autodetect_on_failure: yes or no (yes when absent): whether to fall
//     back to the extractor's own choice when body matches nothing.
//   - find_string, replace_string, and replace_string(FIND): REPLACE:
//     replacements in the page's HTML before it is parsed, returned in
//     order for the caller to apply (see [Config.Replace]).
//   - test_url and test_contains: pages to test the file on and text they
//     must contain, returned; nothing is fetched.
//
// Directives known and knowingly ignored, returned in [Config.Ignored]:
// tidy (HTML Tidy before parsing: the HTML5 parser used makes it
// pointless), parser (the choice of a PHP HTML parser), single_page_link
// and next_page_link (fetching more pages: artext reads one page),
// http_header, login_uri, login_username_field, login_password_field,
// login_extra_fields, not_logged_in_xpath, requires_login (fetching),
// native_ad_clue, src_lazy_load_attr, skip_json_ld, insert_detected_image,
// wrap_in, move_into, strip_attr and if_page_contains (rewriting or
// testing the page in ways that extraction does without). Any other
// directive is returned in [Config.Unknown], for the caller to report
// once.
//
// XPath is evaluated by github.com/antchfx/xpath over
// github.com/antchfx/htmlquery's navigator of golang.org/x/net/html
// trees, with a bound: expressions longer than [MaxExprLength] or nesting
// brackets deeper than [MaxExprNesting] are refused, and an evaluation
// that visits more than [MaxSteps] nodes stops with [ErrTooCostly].
package siteconfig
