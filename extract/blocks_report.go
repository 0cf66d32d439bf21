package extract

import (
	"context"
	"io"
	"slices"

	"github.com/artext/artext/boilerplate"
)

// JudgedBlock is a block of an article's text with the decision the
// boilerplate rules took on it.
type JudgedBlock struct {
	boilerplate.Block
	Decision boilerplate.Decision
}

// JudgeBlocks reads a page as [FromReader] does and returns every block
// that the boilerplate rules of opts judged, in document order, with the
// decision on each, together with the article (which may be nil) and
// FromReader's error. It is the tool for writing rules: it shows the
// blocks that were kept, not only those removed.
//
// When the pipeline applies the rules more than once (to several parts of
// a page), the blocks of each pass follow one another.
func JudgeBlocks(ctx context.Context, r io.Reader, opts Options) ([]JudgedBlock, *Article, error) {
	var judged []JudgedBlock
	opts.Rules = opts.rules().WithTrace(func(blocks []boilerplate.Block, decisions []boilerplate.Decision) {
		for i := range blocks {
			judged = append(judged, JudgedBlock{Block: blocks[i], Decision: decisions[i]})
		}
	})
	a, err := FromReader(ctx, r, opts)
	return slices.Clip(judged), a, err
}
