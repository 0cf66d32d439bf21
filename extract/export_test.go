package extract

// CheckArticle lets the tests of package extract_test check an article's
// output as the fuzzers of package extract do.
var CheckArticle = checkArticle
