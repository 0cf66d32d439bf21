package extract

// maxCaptionText is the longest text, in bytes, that pruning takes for a
// caption: a longer one is content presented as a caption, as slideshows
// do.
const maxCaptionText = 200
