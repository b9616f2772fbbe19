package ui

import (
	"fmt"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"
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
	switch {
	case m.stillThere && now.Sub(m.stillSince) >= CountdownFor:
		return tea.Batch(m.wipe(), tick())
	case !m.stillThere && m.cfg.Idle > 0 && now.Sub(m.lastInput) >= m.cfg.Idle && !m.pristine():
		m.stillThere, m.stillSince = true, now
	}
	return tick()
}

// pristine reports whether there is nothing of a client's to wipe.
func (m *Model) pristine() bool {
	return m.screen == screenWelcome && m.rec == nil && len(m.Answers()) == 0 && !m.help.ShowAll
}

// wake notes input; it reports whether the input only dismissed the idle
// countdown (and so must not act on the screen beneath).
func (m *Model) wake() bool {
	m.lastInput = m.now
	if m.stillThere {
		m.stillThere = false
		return true
	}
	return false
}

// wipe forgets the client and shows a clean welcome, clearing the
// terminal so nothing of theirs stays in its buffer.
func (m *Model) wipe() tea.Cmd {
	m.forget()
	m.pin = pinPrompt{}
	m.stillThere = false
	m.lastInput = m.now
	m.screen = screenWelcome
	return tea.ClearScreen
}

// stillThereView is the idle countdown.
func (m *Model) stillThereView() string {
	left := max(CountdownFor-m.now.Sub(m.stillSince), 0).Round(time.Second)
	w := contentWidth(m.width)
	var b strings.Builder
	b.WriteString(m.st.Heading.Render("Still there?") + "\n\n")
	b.WriteString(m.st.Text.Render(wrapText(fmt.Sprintf("For your privacy this screen clears in %d seconds.", int(left.Seconds())), w)) + "\n\n")
	b.WriteString(m.st.Dim.Render(wrapText("Touch the screen or press any key to carry on.", w)))
	return b.String()
}

// ClosingMsg tells a session that the server is closing In from At: the
// quiz counts down, and whoever is saving has time to finish.
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
		if m, ok := model.(*Model); ok && (m.staffExit || m.ended) {
			return msg
		}
		return nil
	case tea.SuspendMsg, tea.InterruptMsg:
		return nil
	}
	return msg
}
