package cmdutil

import (
	"time"

	"github.com/schollz/progressbar/v3"
)

// Progress shows how far a run is, as a bar on standard error when that is
// a terminal. Its zero value, and a Progress that is not shown, do nothing
// but let lines be printed.
type Progress struct {
	bar *progressbar.ProgressBar // nil when not shown
}

// NewProgress returns a Progress for total inputs (-1: not known, which
// shows a count without a bar), shown on s.ErrOut when show is set and
// s.ErrOut is a terminal. NO_COLOR (s.NoColor) turns the bar's colour off.
func NewProgress(s *Streams, total int, show bool) *Progress {
	if !show || !s.ErrIsTerminal || total >= 0 && total < 2 {
		return &Progress{}
	}
	theme := progressbar.Theme{Saucer: "[green]=[reset]", SaucerHead: "[green]>[reset]", SaucerPadding: " ", BarStart: "[", BarEnd: "]"}
	if s.NoColor {
		theme = progressbar.Theme{Saucer: "=", SaucerHead: ">", SaucerPadding: " ", BarStart: "[", BarEnd: "]"}
	}
	return &Progress{bar: progressbar.NewOptions(total,
		progressbar.OptionSetWriter(s.ErrOut),
		progressbar.OptionSetDescription("extracting"),
		progressbar.OptionSetTheme(theme),
		progressbar.OptionEnableColorCodes(!s.NoColor),
		progressbar.OptionSetWidth(30),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("pages"),
		progressbar.OptionThrottle(65*time.Millisecond),
		progressbar.OptionClearOnFinish(),
	)}
}

// Add counts one input done.
func (p *Progress) Add() {
	if p.bar != nil {
		p.bar.Add(1)
	}
}

// Print runs write, which prints whole lines on standard error, with the
// bar out of the way.
func (p *Progress) Print(write func()) {
	if p.bar != nil {
		p.bar.Clear()
	}
	write()
}

// Finish takes the bar away.
func (p *Progress) Finish() {
	if p.bar != nil {
		p.bar.Finish()
		p.bar.Clear()
	}
}
