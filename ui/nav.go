package ui

import (
	"fmt"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/jewelquiz/jewelquiz/quiz/consult"
)

// do carries out an action from a key or a tap.
func (m *Model) do(a action) tea.Cmd {
	switch a {
	case actStart:
		return m.ask(0, askQuiz)
	case actExplore:
		return m.explore()
	case actBack:
		return m.goBack()
	case actSave:
		return m.openConsent()
	case actConsent:
		return m.save()
	case actRetry:
		return m.save()
	case actRestart:
		return m.restart()
	case actNextClient:
		return m.wipe()
	case actQuit:
		if m.cfg.Kiosk {
			return nil
		}
		return m.quit()
	case actKeep:
		m.answers[m.whatIf.step] = m.whatIf.value
		return m.showResults()
	case actDiscard:
		m.openType(m.page.typeID)
	case actDone:
		m.screen = screenResults
	case actStillHere:
		m.stillThere = false
	}
	return nil
}

// goBack leaves the current screen for the one it came from, keeping every
// answer as it was.
func (m *Model) goBack() tea.Cmd {
	switch m.screen {
	case screenQuestion:
		switch m.q.purpose {
		case askQuiz:
			if m.q.step == 0 {
				m.screen = screenWelcome
				return nil
			}
			return m.ask(m.q.step-1, askQuiz)
		case askType:
			m.screen = screenWelcome
			if m.rec != nil {
				m.screen = screenResults
			}
		case askWhatIf:
			m.screen = screenType
		default:
			m.screen = screenResults
		}
	case screenType:
		return m.explore()
	case screenWhatIf:
		m.openType(m.page.typeID)
	case screenConsent, screenSaved, screenSaveFailed:
		m.screen = screenResults
	}
	return nil
}

// commit acts on the current question's answer: keeps it and moves on, or
// tries it as a what-if, or opens the type that was picked.
func (m *Model) commit() tea.Cmd {
	value := *m.q.value
	switch m.q.purpose {
	case askType:
		m.openType(value)
		return nil
	case askWhatIf:
		return m.tryWhatIf(m.q.step, value)
	case askChange:
		m.answers[m.q.step] = value
		return m.showResults()
	}
	m.answers[m.q.step] = value
	if m.q.step+1 < len(m.bank) {
		return m.ask(m.q.step+1, askQuiz)
	}
	return m.showResults()
}

// ask shows question step, with its current answer preselected.
func (m *Model) ask(step int, p purpose) tea.Cmd {
	if step < 0 || step >= len(m.bank) {
		return nil
	}
	m.screen = screenQuestion
	m.q.step, m.q.purpose = step, p // the footer's buttons depend on them
	w, h := m.bodySize(m.questionHeaderFor(step, p))
	m.q = newQuestion(step, m.bank[step], m.answers[step], p, &m.st, m.formKeys, w, h, m.drawn)
	return nil
}

// explore lists the types to read about, with this customer's scores once
// there are results.
func (m *Model) explore() tea.Cmd {
	m.screen = screenQuestion
	m.q.step, m.q.purpose = 0, askType
	w, h := m.bodySize(m.questionHeaderFor(0, askType))
	m.q = newQuestion(0, typeQuestion(m.rb, m.rec), m.page.typeID, askType, &m.st, m.formKeys, w, h, m.drawn)
	return nil
}

func (m *Model) openType(id string) {
	m.screen = screenType
	w, h := m.bodySize(m.typeHeader())
	m.page = newTypePage(id, m.rb, m.rec, m.st, w, h)
}

func (m *Model) tryWhatIf(step int, value string) tea.Cmd {
	alt := m.Answers()
	alt[m.bank[step].ID] = value
	rec, err := m.rb.Recommend(alt)
	if err != nil {
		m.err = fmt.Errorf("scoring the answers: %w", err)
		return m.quit()
	}
	m.whatIf = whatIf{step: step, value: value, before: *m.rec, after: rec}
	m.screen = screenWhatIf
	return nil
}

func (m *Model) showResults() tea.Cmd {
	rec, err := m.rb.Recommend(m.Answers())
	if err != nil {
		m.err = fmt.Errorf("scoring the answers: %w", err)
		return m.quit()
	}
	m.rec = &rec
	m.screen = screenResults
	offset := m.res.vp.YOffset
	w, h := m.bodySize(m.resultsHeader())
	m.res = newResults(rec, m.bank, m.st, w, h)
	m.res.vp.SetYOffset(offset)
	return nil
}

// restart forgets every answer and the recommendation and starts again.
func (m *Model) restart() tea.Cmd {
	m.forget()
	return m.ask(0, askQuiz)
}

// forget drops everything the last client told us or saw.
func (m *Model) forget() {
	for i := range m.answers {
		m.answers[i] = ""
	}
	m.rec = nil
	m.res = results{}
	m.page = typePage{}
	m.whatIf = whatIf{}
	m.consent = consentForm{}
	m.saved, m.saveErr = consult.Record{}, nil
	m.q = question{}
	m.help.ShowAll = false
}

func (m *Model) quit() tea.Cmd {
	m.quitting = true
	return tea.Quit
}

// relayout fits the current screen to a new size or help height.
func (m *Model) relayout() tea.Cmd {
	m.help.Width = contentWidth(m.width)
	if tooSmall(m.width, m.height) {
		return nil
	}
	switch m.screen {
	case screenQuestion:
		w, h := m.bodySize(m.questionHeader())
		m.q = newQuestion(m.q.step, m.q.q, *m.q.value, m.q.purpose, &m.st, m.formKeys, w, h, m.drawn)
		return nil
	case screenResults:
		w, h := m.bodySize(m.resultsHeader())
		m.res = m.res.resize(m.bank, m.st, w, h)
	case screenType:
		w, h := m.bodySize(m.typeHeader())
		m.page = m.page.resize(m.rb, m.rec, m.st, w, h)
	}
	return nil
}

// bodySize is the width and height left for a screen's body under header
// and above the buttons and help.
func (m *Model) bodySize(header string) (int, int) {
	return contentWidth(m.width), bodyHeight(m.height, lipgloss.Height(header), lipgloss.Height(m.footer()))
}
