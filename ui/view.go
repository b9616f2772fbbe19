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
	case screenType:
		return frame(m.width, m.height, m.typeHeader(), m.page.View(), m.footer())
	case screenWhatIf:
		return frame(m.width, m.height, m.header("What if"), m.whatIf.View(m.bank, m.st, contentWidth(m.width)), m.footer())
	}
	body := bodyHeight(m.height, lipgloss.Height(m.brand()), lipgloss.Height(m.footer()))
	return frame(m.width, m.height, m.brand(), welcome{}.View(m.st, len(m.bank), contentWidth(m.width), body), m.footer())
}

func (m *Model) brand() string { return m.st.Brand.Render("◆ jewelquiz") }

// header is the brand with a note about the screen on the right.
func (m *Model) header(note string) string {
	return spread(m.brand(), m.st.Step.Render(note), contentWidth(m.width))
}

func (m *Model) questionHeader() string { return m.questionHeaderFor(m.q.step, m.q.purpose) }

func (m *Model) questionHeaderFor(step int, p purpose) string {
	w := contentWidth(m.width)
	switch p {
	case askChange:
		return m.header("Changing an answer") + "\n" + progressBar(m.st, len(m.bank), len(m.bank), w)
	case askWhatIf:
		return m.header("What if")
	case askType:
		return m.header("Explore the types")
	}
	return m.header(fmt.Sprintf("Question %d of %d", step+1, len(m.bank))) + "\n" + progressBar(m.st, step, len(m.bank), w)
}

func (m *Model) resultsHeader() string {
	return m.header("Your recommendation " + scrollHint(m.res.vp.TotalLineCount(), m.res.vp.Height, m.res.vp.ScrollPercent()))
}

func (m *Model) typeHeader() string {
	return m.header(m.page.name + " " + scrollHint(m.page.vp.TotalLineCount(), m.page.vp.Height, m.page.vp.ScrollPercent()))
}

// scrollHint says how far down a scrolling view is, when it scrolls at all.
func scrollHint(total, height int, percent float64) string {
	if total <= height {
		return ""
	}
	return fmt.Sprintf("%3.f%%", percent*100)
}

func (m *Model) footer() string {
	var km help.KeyMap
	switch m.screen {
	case screenQuestion:
		km = m.keys.forQuestion(m.q.purpose)
	case screenResults:
		km = m.keys.forResults()
	case screenType:
		km = m.keys.forType(m.rec != nil)
	case screenWhatIf:
		km = m.keys.forWhatIf()
	default:
		km = m.keys.forWelcome()
	}
	return m.help.View(km)
}
