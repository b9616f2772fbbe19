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

// pinPrompt is the staff's way out of a kiosk: a masked PIN. Wrong PINs
// are counted by the model's PINLock, not here, so a new prompt brings
// no new tries.
type pinPrompt struct {
	input textinput.Model
	msg   string
}

func newPINPrompt(st Styles) pinPrompt {
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
	return pinPrompt{input: in}
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
	m.pin = newPINPrompt(m.st)
	return nil
}

// checkPIN ends the kiosk on the right PIN; the lock counts wrong ones.
func (m *Model) checkPIN() tea.Cmd {
	entered := m.pin.input.Value()
	m.pin.input.SetValue("")
	ok, err := m.cfg.PINLock.Check(entered, m.cfg.StaffPIN, m.cfg.RemoteAddr)
	switch {
	case err != nil:
		m.pin.msg = "" // locked meanwhile, maybe from another session
	case ok:
		m.staffExit = true
		return m.quit()
	case m.cfg.PINLock.Wrong() > 0:
		m.pin.msg = fmt.Sprintf("Wrong PIN (%d of %d tries).", m.cfg.PINLock.Wrong(), m.cfg.PINLock.Tries())
	default:
		m.pin.msg = "" // that one closed the lock
	}
	return nil
}

func (m *Model) pinView() string {
	w := contentWidth(m.width)
	var b strings.Builder
	b.WriteString(m.st.Heading.Render("Staff only") + "\n\n")
	if left := m.cfg.PINLock.LockedFor(); left > 0 {
		left = (left + time.Second - 1).Truncate(time.Second) // never "0s" while locked
		b.WriteString(m.st.Warning.Render(wrapText(fmt.Sprintf("Too many wrong PINs. Locked: try again in %s.", left), w)) + "\n")
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
		if m.cfg.PINLock.LockedFor() > 0 {
			return nil
		}
		m.pin.input, cmd = m.pin.input.Update(msg)
	case screenConsent:
		m.consent.name, cmd = m.consent.name.Update(msg)
	}
	return cmd
}
