package ui

import (
	"fmt"
	"slices"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/quiz/consult"
	"github.com/jewelquiz/jewelquiz/rules"
)

// do carries out an action from a key or a tap.
func (m *Model) do(a action) tea.Cmd {
	switch a {
	case actStart:
		return m.ask(m.firstAsked(), askQuiz)
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
		m.answers = m.whatIf.after.Answers.Clone()
		return m.showChangedResults()
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
// answer as it was: back in the quiz goes to the question asked before this
// one, and back from a change or a what-if drops the whole change, the
// follow-ups it asked included.
func (m *Model) goBack() tea.Cmd {
	switch m.screen {
	case screenQuestion:
		switch m.q.purpose {
		case askQuiz:
			prev := m.prevAsked(m.q.step)
			if prev < 0 {
				m.screen = screenWelcome
				return nil
			}
			return m.ask(prev, askQuiz)
		case askType:
			m.screen = screenWelcome
			if m.rec != nil {
				m.screen = screenResults
			}
		case askWhatIf:
			m.draft, m.changing = nil, nil
			m.screen = screenType
		default:
			m.draft, m.changing = nil, nil
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

// commit acts on the current question's answer: keeps it and moves on to
// the next question asked, or tries it as a what-if, or opens the type
// that was picked. An answer that makes a follow-up apply asks it next; one
// that makes it not apply drops its answer.
func (m *Model) commit() tea.Cmd {
	value := m.q.answer()
	id := m.q.q.ID
	switch m.q.purpose {
	case askType:
		m.openType(value)
		return nil
	case askWhatIf, askChange:
		if m.draft == nil { // a change always starts with one
			m.draft = m.answers.Clone()
		}
		m.draft[id] = value
		m.draft = quiz.Prune(m.bank, m.draft)
		m.changing = append(m.changing, id)
		if next := m.followUp(m.q.step); next >= 0 {
			return m.ask(next, m.q.purpose)
		}
		draft, first := m.draft, m.stepOf(m.changing[0])
		m.draft, m.changing = nil, nil
		if m.q.purpose == askWhatIf {
			return m.tryWhatIf(first, draft)
		}
		m.answers = draft
		return m.showChangedResults()
	}
	m.answers[id] = value
	m.answers = quiz.Prune(m.bank, m.answers)
	if next := m.nextAsked(m.q.step, m.answers); next >= 0 {
		return m.ask(next, askQuiz)
	}
	if q, ok := quiz.Next(m.bank, m.answers); ok {
		return m.ask(m.stepOf(q.ID), askQuiz)
	}
	return m.showResults()
}

// startChange asks bank[step] again, from the results (askChange) or a
// type page (askWhatIf), on a draft of the answers.
func (m *Model) startChange(step int, p purpose) tea.Cmd {
	if step < 0 || step >= len(m.bank) || m.rec == nil {
		return nil
	}
	if _, ok := m.answers[m.bank[step].ID]; !ok {
		return nil // not asked of this customer
	}
	m.draft, m.changing = m.answers.Clone(), nil
	return m.ask(step, p)
}

// followUp is the question a change asks next: a follow-up of a question
// answered in this change that applies now, or else any question asked
// but not answered; -1 when the change is complete.
func (m *Model) followUp(step int) int {
	for i := step + 1; i < len(m.bank); i++ {
		q := m.bank[i]
		if q.AskIf != nil && slices.Contains(m.changing, q.AskIf.Question) && q.Asked(m.draft) {
			return i
		}
	}
	if q, ok := quiz.Next(m.bank, m.draft); ok {
		return m.stepOf(q.ID)
	}
	return -1
}

// firstAsked is the position of the first question asked.
func (m *Model) firstAsked() int { return m.nextAsked(-1, m.answers) }

// nextAsked is the position of the first question after step that is
// asked given a, answered or not, or -1.
func (m *Model) nextAsked(step int, a quiz.Answers) int {
	for i := step + 1; i < len(m.bank); i++ {
		if m.bank[i].Asked(a) {
			return i
		}
	}
	return -1
}

// prevAsked is the position of the last question before step that is
// asked given the answers, or -1.
func (m *Model) prevAsked(step int) int {
	for i := step - 1; i >= 0; i-- {
		if m.bank[i].Asked(m.answers) {
			return i
		}
	}
	return -1
}

// stepOf is the position in the bank of question id, or -1.
func (m *Model) stepOf(id string) int {
	for i, q := range m.bank {
		if q.ID == id {
			return i
		}
	}
	return -1
}

// current is the answers a question screen of purpose p starts from and
// writes to: the draft while a change is under way.
func (m *Model) current(p purpose) quiz.Answers {
	if (p == askChange || p == askWhatIf) && m.draft != nil {
		return m.draft
	}
	return m.answers
}

// ask shows question step, with its current answer preselected.
func (m *Model) ask(step int, p purpose) tea.Cmd {
	if step < 0 || step >= len(m.bank) {
		return nil
	}
	m.screen = screenQuestion
	m.q.step, m.q.purpose = step, p // the footer's buttons depend on them
	w, h := m.bodySize(m.questionHeaderFor(step, p))
	value, ok := m.current(p)[m.bank[step].ID]
	if !ok && m.bank[step].Many() {
		value = "" // nothing ticked yet
	}
	m.q = newQuestion(step, m.bank[step], value, p, &m.st, m.formKeys, w, h, m.drawn)
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

// tryWhatIf scores the answers with a change (to bank[step], and the
// follow-ups it asked or dropped) without keeping them yet.
func (m *Model) tryWhatIf(step int, alt quiz.Answers) tea.Cmd {
	rec, err := m.rb.Recommend(alt)
	if err != nil {
		m.err = fmt.Errorf("scoring the answers: %w", err)
		return m.quit()
	}
	m.whatIf = whatIf{step: step, before: *m.rec, after: rec}
	m.screen = screenWhatIf
	return nil
}

func (m *Model) showResults() tea.Cmd {
	rec, ok := m.score()
	if !ok {
		return m.quit()
	}
	offset := m.res.vp.YOffset
	w, h := m.bodySize(m.resultsHeader())
	m.res = newResults(rec, "", m.bank, m.st, w, h)
	m.res.vp.SetYOffset(offset)
	return nil
}

// showChangedResults shows the results after an answer was changed or a
// what-if kept: from the top, led by one line saying what changed, so a
// new pick or score is never off-screen.
func (m *Model) showChangedResults() tea.Cmd {
	var before *rules.Recommendation
	if m.rec != nil {
		b := *m.rec
		before = &b
	}
	rec, ok := m.score()
	if !ok {
		return m.quit()
	}
	w, h := m.bodySize(m.resultsHeader())
	m.res = newResults(rec, changeNotice(before, rec), m.bank, m.st, w, h)
	return nil
}

// score recommends for the answers kept and makes the results the screen;
// if the engine refuses them, it records the error and reports false.
func (m *Model) score() (rules.Recommendation, bool) {
	rec, err := m.rb.Recommend(m.Answers())
	if err != nil {
		m.err = fmt.Errorf("scoring the answers: %w", err)
		return rec, false
	}
	m.rec = &rec
	m.screen = screenResults
	return rec, true
}

// restart forgets every answer and the recommendation and starts again.
func (m *Model) restart() tea.Cmd {
	m.forget()
	return m.ask(m.firstAsked(), askQuiz)
}

// forget drops everything the last client told us or saw.
func (m *Model) forget() {
	m.answers = quiz.Answers{}
	m.draft, m.changing = nil, nil
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
		m.q = newQuestion(m.q.step, m.q.q, m.q.answer(), m.q.purpose, &m.st, m.formKeys, w, h, m.drawn)
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
