package ui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/jewelquiz/jewelquiz/ui/qr"
)

// bookingScreen is "Book a consultation": the studio's booking link with
// the customer's answer code in it, as a QR code for a phone to scan and
// as text; on a screen too small for the QR code, the link alone.
type bookingScreen struct {
	width, height int
	// drawn is the body laid out for the size: a QR code is encoded once
	// per layout, not on every frame.
	drawn string
}

func (b *bookingScreen) name() string                      { return "booking" }
func (b *bookingScreen) header(s *shared) (string, string) { return s.tr.T("booking.title"), "" }
func (b *bookingScreen) layout(s *shared, width, height int) {
	b.width, b.height = width, height
	b.drawn = b.draw(s)
}

func (b *bookingScreen) body(*shared) string       { return b.drawn }
func (b *bookingScreen) taps(*shared) []area       { return nil }
func (b *bookingScreen) keys(s *shared) screenKeys { return screenKeys{back: s.tr.T("booking.back")} }
func (b *bookingScreen) buttons(s *shared) []button {
	return []button{{with(s.keys.Back, s.tr.T("booking.back"))}}
}

func (b *bookingScreen) update(s *shared, msg tea.Msg) (move, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok && key.Matches(k, s.keys.Back) {
		return move{to: toResults}, nil
	}
	return move{}, nil
}

// draw puts the QR code beside the link and what it holds where both fit
// (80×24 and up), else above it, else shows the link alone.
func (b *bookingScreen) draw(s *shared) string {
	st, w := s.st, b.width
	link := s.cfg.Studio.Booking(s.code())
	text := func(width int) string {
		intro := st.Text.Render(wrapText(s.tr.T("booking.scan"), width))
		return intro + "\n\n" + st.Key.Render(ansi.Hardwrap(link, width, false))
	}
	code := func(maxW, maxH int) (string, bool) {
		c, ok := qr.Render(link, maxW, maxH)
		if ok && s.st.plain {
			c = ansi.Strip(c) // NO_COLOR: the blocks alone read on a dark terminal
		}
		return c, ok
	}
	const minText = 26 // the narrowest column the words beside the code take
	if c, ok := code(w-minText-2, b.height); ok {
		side := text(w - lipgloss.Width(c) - 2)
		if lipgloss.Height(side) <= b.height {
			return lipgloss.JoinHorizontal(lipgloss.Top, c, "  ", side)
		}
	}
	below := text(w)
	if c, ok := code(w, b.height-lipgloss.Height(below)-1); ok {
		return c + "\n\n" + below
	}
	// No room for the code: the link first, so it always shows whole.
	return st.Key.Render(ansi.Hardwrap(link, w, false)) + "\n\n" +
		st.Text.Render(wrapText(s.tr.T("booking.link"), w))
}
