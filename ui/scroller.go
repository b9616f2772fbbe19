package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/jewelquiz/jewelquiz/ui/locale"
)

// scroller is a scrolling view of laid-out text, with the tap areas of
// its lines, that keeps its place when the text is laid out again.
type scroller struct {
	vp viewport.Model
	// areas are counted in lines of the whole text.
	areas []area
	lines int
}

// set shows content laid out width wide in at most height lines, keeping
// the offset it had where it can.
func (s *scroller) set(content string, areas []area, width, height int) {
	offset := s.vp.YOffset
	s.lines = strings.Count(content, "\n") + 1
	s.vp = viewport.New(width, max(min(s.lines, height), 0))
	s.vp.KeyMap.PageDown.SetKeys("pgdown", " ")
	s.vp.KeyMap.PageUp.SetKeys("pgup") // b books a consultation
	s.vp.KeyMap.HalfPageDown.SetEnabled(false)
	s.vp.KeyMap.HalfPageUp.SetEnabled(false)
	s.vp.SetContent(content)
	s.vp.SetYOffset(offset)
	s.areas = areas
}

// Update scrolls with keys and the wheel.
func (s scroller) Update(msg tea.Msg) (scroller, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok {
		switch k.Type {
		case tea.KeyHome:
			s.vp.GotoTop()
			return s, nil
		case tea.KeyEnd:
			s.vp.GotoBottom()
			return s, nil
		}
	}
	var cmd tea.Cmd
	s.vp, cmd = s.vp.Update(msg)
	return s, cmd
}

// View is the lines in view.
func (s scroller) View() string { return s.vp.View() }

// taps are the areas of the lines in view, counted from the first.
func (s scroller) taps() []area {
	var in []area
	for _, a := range s.areas {
		top, bottom := max(a.y, s.vp.YOffset), min(a.y+a.h, s.vp.YOffset+s.vp.Height)
		if top < bottom {
			a.y, a.h = top-s.vp.YOffset, bottom-top
			in = append(in, a)
		}
	}
	return in
}

// position says which way there is more to read, in p's language; ""
// when it all shows.
func (s scroller) position(p *locale.Printer) string {
	switch {
	case s.lines <= s.vp.Height:
		return ""
	case s.vp.AtTop():
		return p.T("frame.more_below")
	case s.vp.AtBottom():
		return p.T("frame.more_above")
	}
	return p.T("frame.more_both")
}
