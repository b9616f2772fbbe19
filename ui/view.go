package ui

import (
	"fmt"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/lipgloss"
)

// View draws the current screen, never wider than the terminal.
func (m *Model) View() string {
	if m.quitting {
		return ""
	}
	if tooSmall(m.width, m.height) {
		return enlargeView(m.st, m.width, m.height)
	}
	switch m.screen {
	case screenQuestion:
		return frame(m.width, m.height, m.questionHeader(), m.q.View(), m.footer())
	case screenResults:
		return frame(m.width, m.height, m.resultsHeader(), m.res.View(), m.footer())
	}
	body := bodyHeight(m.height, lipgloss.Height(m.brand()), lipgloss.Height(m.footer()))
	return frame(m.width, m.height, m.brand(), welcome{}.View(m.st, len(m.bank), contentWidth(m.width), body), m.footer())
}

func (m *Model) brand() string { return m.st.Brand.Render("◆ jewelquiz") }

func (m *Model) questionHeader() string {
	w := contentWidth(m.width)
	step, done := fmt.Sprintf("Question %d of %d", m.q.step+1, len(m.bank)), m.q.step
	if m.q.editing {
		step, done = "Changing an answer", len(m.bank)
	}
	return spread(m.brand(), m.st.Step.Render(step), w) + "\n" + progressBar(m.st, done, len(m.bank), w)
}

func (m *Model) resultsHeader() string {
	return spread(m.brand(), m.st.Step.Render("Your recommendation "+m.res.scrollHint()), contentWidth(m.width))
}

func (m *Model) footer() string {
	var km help.KeyMap
	switch m.screen {
	case screenQuestion:
		km = m.keys.forQuestion(m.q.editing)
	case screenResults:
		km = m.keys.forResults()
	default:
		km = m.keys.forWelcome()
	}
	return m.help.View(km)
}
