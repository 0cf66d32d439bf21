// Package pagetype tells what kind of page a document is: an article, a
// forum thread, a product page, a collection of products, a listing, a page
// of documentation or a service page.
//
// [Classify] walks the document once and weighs general signals: the
// structured data the page declares (JSON-LD and microdata types,
// og:type), the shape of its URL (/t/, /questions/, /product/, /docs/,
// /collections/ ...), its markup (repeated post or card containers,
// prices and add-to-cart buttons, code blocks, tables of contents,
// pagination and filters) and short texts of its interface ("Reply",
// "Add to cart", "Edit this page"). The weights are those of a
// multinomial logistic regression fitted on the development split of the
// WCXB benchmark (see model_weights.go); no signal names a site.
package pagetype

// Type is a kind of page.
type Type int

// The kinds of page, those of the WCXB benchmark.
const (
	Article Type = iota
	Forum
	Product
	Collection
	Listing
	Documentation
	Service
	numTypes
)

var typeNames = [numTypes]string{"article", "forum", "product", "collection", "listing", "documentation", "service"}

// String returns the type's name as the benchmark writes it ("forum").
func (t Type) String() string {
	if t < 0 || t >= numTypes {
		return "unknown"
	}
	return typeNames[t]
}

// Parse returns the type named s, and false when s names none.
func Parse(s string) (Type, bool) {
	for i, n := range typeNames {
		if n == s {
			return Type(i), true
		}
	}
	return 0, false
}

// Types returns every type, in the order of the constants.
func Types() []Type {
	out := make([]Type, numTypes)
	for i := range out {
		out[i] = Type(i)
	}
	return out
}
