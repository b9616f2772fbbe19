package ui

import (
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

// stillThereScreen is the kiosk's idle countdown, an overlay: any key or
// tap closes it (and does nothing else), and if none comes the root wipes
// the screen when it runs out.
type stillThereScreen struct {
	since time.Time
	width int
}

func (o *stillThereScreen) anyKey()                         {}
func (o *stillThereScreen) name() string                    { return "still-there" }
func (o *stillThereScreen) header(*shared) (string, string) { return "", "" }
func (o *stillThereScreen) layout(_ *shared, width, _ int)  { o.width = width }
func (o *stillThereScreen) keys(*shared) screenKeys         { return screenKeys{} }

func (o *stillThereScreen) buttons(s *shared) []button {
	// The only button: a tap anywhere counts anyway.
	return []button{{with(s.keys.Choose, s.tr.T("kiosk.here"))}}
}

func (o *stillThereScreen) update(*shared, tea.Msg) (move, tea.Cmd) {
	return move{to: closeOverlay}, nil
}

func (o *stillThereScreen) taps(*shared) []area { return nil }

func (o *stillThereScreen) body(s *shared) string {
	left := max(CountdownFor-s.now.Sub(o.since), 0).Round(time.Second)
	var b strings.Builder
	b.WriteString(s.st.Heading.Render(wrapText(s.tr.T("kiosk.still"), o.width)) + "\n\n")
	b.WriteString(s.st.Text.Render(wrapText(s.tr.N("kiosk.clears", int(left.Seconds())), o.width)) + "\n\n")
	b.WriteString(s.st.Dim.Render(wrapText(s.tr.T("kiosk.carry-on"), o.width)))
	return b.String()
}
