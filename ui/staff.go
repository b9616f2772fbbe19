package ui

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
)

// pinPrompt is the staff's way out of a kiosk: a masked PIN, with a lock
// after MaxPINTries wrong ones.
type pinPrompt struct {
	input       textinput.Model
	wrong       int
	lockedUntil time.Time
	msg         string
}

func newPINPrompt(st Styles, old pinPrompt) pinPrompt {
	in := textinput.New()
	in.EchoMode = textinput.EchoPassword
	in.EchoCharacter = '•'
	in.CharLimit = 64
	in.Prompt = "PIN: "
	in.PromptStyle = st.Key
	in.TextStyle = st.Text
	in.Cursor.Style = st.Key
	in.Cursor.SetMode(cursor.CursorStatic) // no blink timer: nothing ticks that need not
	in.Focus()
	return pinPrompt{input: in, wrong: old.wrong, lockedUntil: old.lockedUntil}
}

// openPIN shows the staff prompt over the current screen.
func (m *Model) openPIN() tea.Cmd {
	if m.cfg.StaffPIN == "" {
		return nil // a kiosk served over SSH may have no PIN: clients just disconnect
	}
	if m.screen != screenPIN {
		m.back = m.screen
	}
	m.screen = screenPIN
	m.pin = newPINPrompt(m.st, m.pin)
	return nil
}

// checkPIN ends the kiosk on the right PIN and counts wrong ones.
func (m *Model) checkPIN() tea.Cmd {
	if m.now.Before(m.pin.lockedUntil) {
		return nil
	}
	entered := m.pin.input.Value()
	m.pin.input.SetValue("")
	if pinMatches(entered, m.cfg.StaffPIN) {
		m.staffExit = true
		return m.quit()
	}
	m.pin.wrong++
	m.pin.msg = fmt.Sprintf("Wrong PIN (%d of %d tries).", m.pin.wrong, MaxPINTries)
	if m.pin.wrong >= MaxPINTries {
		m.pin.wrong = 0
		m.pin.lockedUntil = m.now.Add(LockFor)
		m.pin.msg = ""
	}
	return nil
}

func (m *Model) pinView() string {
	w := contentWidth(m.width)
	var b strings.Builder
	b.WriteString(m.st.Heading.Render("Staff only") + "\n\n")
	if left := m.pin.lockedUntil.Sub(m.now); left > 0 {
		b.WriteString(m.st.Warning.Render(wrapText(fmt.Sprintf("Too many wrong PINs. Try again in %d seconds.", int(left.Round(time.Second).Seconds())), w)) + "\n")
		return b.String()
	}
	b.WriteString(m.st.Text.Render(wrapText("Enter the staff PIN to close the kiosk.", w)) + "\n\n")
	b.WriteString(m.pin.input.View() + "\n")
	if m.pin.msg != "" {
		b.WriteString("\n" + m.st.Warning.Render(wrapText(m.pin.msg, w)) + "\n")
	}
	return b.String()
}

// inputKey handles keys on the screens with a text field.
func (m *Model) inputKey(msg tea.KeyMsg) tea.Cmd {
	switch {
	case key.Matches(msg, m.keys.Cancel):
		if m.screen == screenPIN {
			m.pin.msg = ""
			m.screen = m.back
			return nil
		}
		return m.do(actBack)
	case msg.Type == tea.KeyEnter:
		if m.screen == screenPIN {
			return m.checkPIN()
		}
		return m.do(actConsent)
	}
	return m.updateInput(msg)
}

// updateInput passes a message to the focused text field.
func (m *Model) updateInput(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	switch m.screen {
	case screenPIN:
		if m.now.Before(m.pin.lockedUntil) {
			return nil
		}
		m.pin.input, cmd = m.pin.input.Update(msg)
	case screenConsent:
		m.consent.name, cmd = m.consent.name.Update(msg)
	}
	return cmd
}
