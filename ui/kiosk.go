package ui

import (
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/jewelquiz/jewelquiz/ui/locale"
)

// tickMsg is the kiosk's clock: the time of a tick.
type tickMsg time.Time

func tick() tea.Cmd {
	return tea.Tick(tickEvery, func(t time.Time) tea.Msg { return tickMsg(t) })
}

// onTick keeps the time and runs the idle wipe: after cfg.Idle without
// input, "Still there?" counts down CountdownFor, then the screen is wiped.
func (m *Model) onTick(now time.Time) tea.Cmd {
	if m.lastInput.IsZero() {
		m.lastInput = now
	}
	m.now = now
	if !m.cfg.Kiosk {
		if !m.closingAt.IsZero() || !m.idleAt.IsZero() {
			return tick() // keep the countdown current
		}
		return nil
	}
	still, counting := m.overlay.(*stillThereScreen)
	switch {
	case counting && now.Sub(still.since) >= CountdownFor:
		return tea.Batch(m.apply(move{to: wipe}), tick())
	case !counting && m.cfg.Idle > 0 && now.Sub(m.lastInput) >= m.cfg.Idle && !m.pristine():
		m.apply(move{to: toOverlay, overlay: &stillThereScreen{since: now}})
	}
	return tick()
}

// pristine reports whether there is nothing of a client's to wipe (a
// language the client chose included).
func (m *Model) pristine() bool {
	return m.screen.name() == "welcome" && m.overlay == nil && m.rec == nil && len(m.answers) == 0 && !m.help.ShowAll &&
		m.tr == locale.For(m.cfg.Lang)
}

// wake notes input; it reports whether the input only dismissed the idle
// countdown (and so must not act on the screen beneath).
func (m *Model) wake() bool {
	m.lastInput = m.now
	if _, ok := m.overlay.(*stillThereScreen); ok {
		m.apply(move{to: closeOverlay})
		return true
	}
	return false
}

// ClosingMsg tells a session that the server is closing In from At: the
// quiz counts down in its header, and whoever is saving has time to
// finish.
type ClosingMsg struct {
	At time.Time
	In time.Duration
}

// EndMsg ends the quiz from outside (the server is closing), even a kiosk.
type EndMsg struct{}

// KioskFilter drops every message that would quit or suspend a kiosk,
// unless staff have entered the PIN or the quiz is being ended from
// outside. Use it with tea.WithFilter.
func KioskFilter(model tea.Model, msg tea.Msg) tea.Msg {
	switch msg.(type) {
	case tea.QuitMsg:
		if m, ok := model.(*Model); ok && (m.exit == exitStaff || m.exit == exitEnded) {
			return msg
		}
		return nil
	case tea.SuspendMsg, tea.InterruptMsg:
		return nil
	}
	return msg
}
