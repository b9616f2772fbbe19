package ui

import (
	"fmt"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/quiz/consult"
	"github.com/jewelquiz/jewelquiz/rules"
	"github.com/jewelquiz/jewelquiz/ui/locale"
)

// apply follows a move: it is the one place the screen changes. It keeps
// what the move carries (answers, a recommendation), builds the next screen
// and lays it out; what the move means for the shop's numbers is logged
// before anything the move does (such as quitting).
func (m *Model) apply(mv move) (cmd tea.Cmd) {
	from, before, hadResults := m.showing(), m.answers, m.rec != nil
	defer func() { cmd = tea.Sequence(m.count(mv, from, before, hadResults), cmd) }()
	if mv.lang != "" {
		m.speak(mv.lang)
		if m.rec != nil && !m.score() { // the types' names and reasons, in the new language
			return tea.Quit
		}
	}
	var next screen
	switch mv.to {
	case stay:
		if mv.save != nil {
			return m.startSave(*mv.save)
		}
		return nil
	case toExit:
		m.exit = mv.exit
		return tea.Quit
	case toOverlay:
		m.overlay, m.focus = mv.overlay, -1
		m.relayout()
		return nil
	case closeOverlay:
		m.overlay, m.focus = nil, -1
		m.relayout()
		return nil
	case toWelcome:
		next = &welcomeScreen{}
	case toQuestion:
		if mv.answers != nil {
			m.answers = mv.answers
		}
		next = newQuestionScreen(&m.shared, mv.step, mv.purpose, mv.chg)
	case toResults:
		var notice string
		if mv.answers != nil {
			before := m.rec
			m.answers = mv.answers
			if !m.score() {
				return tea.Quit
			}
			if mv.changed {
				notice = changeNotice(m.tr, before, *m.rec)
			}
		}
		next = &resultsScreen{notice: notice}
	case toExplore:
		next = newExploreScreen(&m.shared, mv.typeID)
	case toType:
		next = &typeScreen{typeID: mv.typeID}
	case toWhatIf:
		after, err := m.rb.Recommend(mv.answers)
		if err != nil {
			return m.fail(fmt.Errorf("scoring the answers: %w", err))
		}
		next = &whatIfScreen{step: mv.step, typeID: mv.typeID, after: after}
	case toSave:
		if m.cfg.Save == nil || m.rec == nil {
			return nil
		}
		m.saveErr = nil
		next = newSaveScreen(m.st)
	case toScreen:
		next = mv.next
	case restart:
		m.forget()
		next = newQuestionScreen(&m.shared, nextAsked(m.bank, -1, m.answers), askQuiz, nil)
	case wipe:
		m.forget()
		m.speak(m.cfg.Lang) // the next client starts in the kiosk's language
		m.lastInput = m.now
		next, cmd = &welcomeScreen{}, tea.ClearScreen // nothing of theirs stays in the terminal's buffer
	}
	m.screen, m.overlay, m.focus = next, nil, -1
	m.relayout()
	if mv.save != nil {
		cmd = tea.Batch(cmd, m.startSave(*mv.save))
	}
	return cmd
}

// score recommends for the answers kept; if the engine refuses them, the
// quiz ends with the error.
func (m *Model) score() bool {
	rec, err := m.rb.Recommend(m.Answers())
	if err != nil {
		m.fail(fmt.Errorf("scoring the answers: %w", err))
		return false
	}
	m.setResults(rec)
	return true
}

// fail ends the quiz with err.
func (m *Model) fail(err error) tea.Cmd {
	m.err, m.exit = err, exitFailed
	return tea.Quit
}

// forget drops everything the last client told us or saw: answers,
// results, the saved code, the full help, any overlay. The PIN lock keeps
// counting: it is the process's, not the client's.
func (m *Model) forget() {
	m.answers = quiz.Answers{}
	m.rec, m.answerCode = nil, ""
	m.saved, m.saveErr, m.saving = consult.Record{}, nil, false
	m.help.ShowAll = false
	m.overlay, m.focus = nil, -1
}

// changeNotice says in one line, in tr's language, what changing an
// answer did to the results: a new best match, or the pick's score before
// and after.
func changeNotice(tr *locale.Printer, before *rules.Recommendation, after rules.Recommendation) string {
	if before == nil {
		return ""
	}
	name := func(r rules.Recommendation) string {
		if r.Pick == "" {
			return tr.T("results.no_type")
		}
		return r.Ranking[0].Name
	}
	switch {
	case before.Pick != after.Pick && after.Pick == "":
		return tr.F("results.changed.all_out", "Was", name(*before))
	case before.Pick != after.Pick && after.Confidence == rules.ConfidenceClear:
		return tr.F("results.changed.best", "Now", name(after), "Was", name(*before))
	case before.Pick != after.Pick:
		// A close or weak result has no best match: say so, as the
		// report does.
		return tr.F("results.changed.top", "Now", name(after), "Was", name(*before))
	case after.Pick == "":
		return tr.T("results.changed.still_out")
	}
	was, now := before.Ranking[0].Score, after.Ranking[0].Score
	if was == now {
		return tr.F("results.changed.stays", "Name", name(after), "Score", now)
	}
	return tr.F("results.changed.score", "Name", name(after), "Was", was, "Now", now)
}
