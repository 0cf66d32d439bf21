package htmlpath

// maxCaptionText is the longest text, in bytes, that pruning takes for a
// caption: a longer one is content presented as a caption, as slideshows
// do.
const maxCaptionText = 200

// captionShare is the share of a page's text above which its captions
// are its content, as in a photo essay or a how-to whose steps are the
// captions of their photos, and stay in the body.
const captionShare = 0.1

const manyCaptions = 20

// captionsAreContent reports whether the captions of the page hold more
// than captionShare of its text, or number manyCaptions or more.
func (s *pageScan) captionsAreContent() bool {
	n := 0
	for _, m := range s.marked {
		if m.caption {
			if size := s.length(m.node); size <= maxCaptionText {
				n += size
			}
		}
	}
	count := 0
	for _, m := range s.marked {
		if m.caption {
			count++
		}
	}
	return float64(n) > captionShare*float64(s.total) || count >= manyCaptions
}
