package ui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// handleKey turns a key into an action on the current screen.
func (m *Model) handleKey(msg tea.KeyMsg) tea.Cmd {
	if m.cfg.Kiosk && key.Matches(msg, m.keys.Staff) {
		return m.openPIN()
	}
	if msg.String() == "ctrl+c" {
		if m.cfg.Kiosk {
			return nil // a client cannot leave the kiosk
		}
		m.interrupted = m.rec == nil
		return m.quit()
	}
	if tooSmall(m.width, m.height) {
		return nil
	}
	if m.screen == screenPIN || m.screen == screenConsent {
		return m.inputKey(msg)
	}
	if key.Matches(msg, m.keys.Help) {
		m.help.ShowAll = !m.help.ShowAll
		return m.relayout()
	}
	switch m.screen {
	case screenWelcome:
		switch {
		case key.Matches(msg, m.keys.Start):
			return m.do(actStart)
		case key.Matches(msg, m.keys.Explore):
			return m.do(actExplore)
		case key.Matches(msg, m.keys.Quit):
			return m.do(actQuit)
		}
	case screenQuestion:
		return m.questionKey(msg)
	case screenResults:
		switch {
		case key.Matches(msg, m.keys.Quit):
			return m.do(actQuit)
		case m.cfg.Kiosk && key.Matches(msg, m.keys.NextClient):
			return m.do(actNextClient)
		case key.Matches(msg, m.keys.Restart):
			return m.do(actRestart)
		case key.Matches(msg, m.keys.Explore):
			return m.do(actExplore)
		case m.cfg.Save != nil && key.Matches(msg, m.keys.Save):
			return m.do(actSave)
		case key.Matches(msg, m.keys.Change):
			return m.startChange(changeStep(m.bank, msg.String()), askChange)
		default:
			var cmd tea.Cmd
			m.res, cmd = m.res.Update(msg)
			return cmd
		}
	case screenType:
		switch {
		case key.Matches(msg, m.keys.Cancel), key.Matches(msg, m.keys.Back):
			return m.do(actBack)
		case m.rec != nil && key.Matches(msg, m.keys.Change):
			return m.startChange(changeStep(m.bank, msg.String()), askWhatIf)
		default:
			var cmd tea.Cmd
			m.page, cmd = m.page.Update(msg)
			return cmd
		}
	case screenWhatIf:
		switch {
		case key.Matches(msg, m.keys.Keep):
			return m.do(actKeep)
		case key.Matches(msg, m.keys.Cancel), key.Matches(msg, m.keys.Back):
			return m.do(actDiscard)
		}
	case screenSaved:
		switch {
		case m.cfg.Kiosk && key.Matches(msg, m.keys.NextClient):
			return m.do(actNextClient)
		case key.Matches(msg, m.keys.Keep), key.Matches(msg, m.keys.Cancel):
			return m.do(actDone)
		}
	case screenSaveFailed:
		switch {
		case key.Matches(msg, m.keys.Retry):
			return m.do(actRetry)
		case key.Matches(msg, m.keys.Cancel):
			return m.do(actDone)
		}
	}
	return nil
}

func (m *Model) questionKey(msg tea.KeyMsg) tea.Cmd {
	switch {
	case key.Matches(msg, m.keys.Cancel) && m.q.purpose != askQuiz,
		key.Matches(msg, m.keys.Back):
		return m.do(actBack)
	case msg.Type == tea.KeyRunes && len(msg.Runes) == 1 && msg.Runes[0] >= '1' && msg.Runes[0] <= '9':
		return m.choose(int(msg.Runes[0] - '1'))
	}
	return m.updateQuestion(msg)
}

// choose answers the current question with option i, as a number key or a
// tap does; on a many question it ticks or unticks the option instead.
func (m *Model) choose(i int) tea.Cmd {
	if i < 0 || i >= len(m.q.q.Options) {
		return nil
	}
	if m.q.q.Many() {
		var cmd tea.Cmd
		m.q, cmd = m.q.toggle(i)
		return cmd
	}
	*m.q.value = m.q.q.Options[i].Value
	return m.commit()
}

func (m *Model) updateQuestion(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	m.q, cmd = m.q.Update(msg)
	if m.q.done() {
		return m.commit()
	}
	return cmd
}
