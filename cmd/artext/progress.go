package main

import (
	"time"

	"github.com/schollz/progressbar/v3"
)

// progress shows how far a run is, as a bar on standard error when that is
// a terminal. Its zero value, and a progress that is not shown, do nothing
// but let lines be printed.
type progress struct {
	bar *progressbar.ProgressBar // nil when not shown
}

// newProgress returns a progress for total inputs (-1: not known, which
// shows a count without a bar), shown on s.ErrOut when show is set and
// s.ErrOut is a terminal. NO_COLOR (s.NoColor) turns the bar's colour off.
func newProgress(s *streams, total int, show bool) *progress {
	if !show || !s.ErrIsTerminal || total >= 0 && total < 2 {
		return &progress{}
	}
	theme := progressbar.Theme{Saucer: "[green]=[reset]", SaucerHead: "[green]>[reset]", SaucerPadding: " ", BarStart: "[", BarEnd: "]"}
	if s.NoColor {
		theme = progressbar.Theme{Saucer: "=", SaucerHead: ">", SaucerPadding: " ", BarStart: "[", BarEnd: "]"}
	}
	return &progress{bar: progressbar.NewOptions(total,
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

// add counts one input done.
func (p *progress) add() {
	if p.bar != nil {
		p.bar.Add(1)
	}
}

// print runs write, which prints whole lines on standard error, with the
// bar out of the way.
func (p *progress) print(write func()) {
	if p.bar != nil {
		p.bar.Clear()
	}
	write()
}

// finish takes the bar away.
func (p *progress) finish() {
	if p.bar != nil {
		p.bar.Finish()
		p.bar.Clear()
	}
}
