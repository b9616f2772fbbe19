package ui

import (
	"fmt"

	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
)

// scroller is a scrolling view of laid-out text that keeps its place when
// the text is laid out again for a new size.
type scroller struct{ vp viewport.Model }

func newScroller(content string, width, height int) scroller {
	vp := viewport.New(width, height)
	vp.SetContent(content)
	return scroller{vp: vp}
}

// relaid shows content laid out for a new size, at the same offset where
// it can.
func (s scroller) relaid(content string, width, height int) scroller {
	offset := s.vp.YOffset
	s.vp.Width, s.vp.Height = width, height
	s.vp.SetContent(content)
	s.vp.SetYOffset(offset)
	return s
}

// Update scrolls with keys and the wheel.
func (s scroller) Update(msg tea.Msg) (scroller, tea.Cmd) {
	var cmd tea.Cmd
	s.vp, cmd = s.vp.Update(msg)
	return s, cmd
}

func (s scroller) View() string { return s.vp.View() }

// hint says how far down the view is, when it scrolls at all.
func (s scroller) hint() string {
	if s.vp.TotalLineCount() <= s.vp.Height {
		return ""
	}
	return fmt.Sprintf("%.f%%", s.vp.ScrollPercent()*100)
}
