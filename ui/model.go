package ui

import (
	"fmt"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/rules"
)

// screen is which of the quiz's screens is showing.
type screen int

const (
	screenWelcome screen = iota
	screenQuestion
	screenResults
)

// Model is the quiz's root model: it switches between the screens, owns
// the answers and combines the help line.
type Model struct {
	rb   *rules.Rulebook
	bank []quiz.Question
	st   Styles
	keys KeyMap
	help help.Model

	width, height int
	screen        screen

	// answers holds the confirmed answer to each question, "" if none yet.
	answers []string
	q       question
	res     results
	// rec is set once the results have been shown.
	rec *rules.Recommendation
	err error

	quitting bool
}

// New returns the quiz at its welcome screen, scoring with rb and drawing
// with st.
func New(rb *rules.Rulebook, st Styles) *Model {
	h := help.New()
	h.Styles = st.Help
	bank := rb.Bank()
	return &Model{rb: rb, bank: bank, st: st, keys: DefaultKeyMap(), help: h, answers: make([]string, len(bank))}
}

// Init starts the quiz.
func (m *Model) Init() tea.Cmd { return nil }

// Recommendation returns the last recommendation shown, if any.
func (m *Model) Recommendation() (rules.Recommendation, bool) {
	if m.rec == nil {
		return rules.Recommendation{}, false
	}
	return *m.rec, true
}

// Answers returns the answers confirmed so far.
func (m *Model) Answers() quiz.Answers {
	a := quiz.Answers{}
	for i, v := range m.answers {
		if v != "" {
			a[m.bank[i].ID] = v
		}
	}
	return a
}

// Update handles a message.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		if msg.Width == m.width && msg.Height == m.height {
			return m, nil // huh asks for the size each time a form starts
		}
		m.width, m.height = msg.Width, msg.Height
		return m, m.relayout()
	case tea.KeyMsg:
		return m, m.handleKey(msg)
	}
	if m.screen == screenQuestion {
		return m, m.updateQuestion(msg)
	}
	return m, nil
}

func (m *Model) handleKey(msg tea.KeyMsg) tea.Cmd {
	if msg.String() == "ctrl+c" {
		return m.quit()
	}
	if tooSmall(m.width, m.height) {
		return nil
	}
	if key.Matches(msg, m.keys.Help) {
		m.help.ShowAll = !m.help.ShowAll
		return m.relayout()
	}
	switch m.screen {
	case screenWelcome:
		switch {
		case key.Matches(msg, m.keys.Start):
			return m.ask(0, false)
		case key.Matches(msg, m.keys.Quit):
			return m.quit()
		}
	case screenQuestion:
		return m.questionKey(msg)
	case screenResults:
		switch {
		case key.Matches(msg, m.keys.Quit):
			return m.quit()
		case key.Matches(msg, m.keys.Restart):
			return m.restart()
		case key.Matches(msg, m.keys.Change):
			step := int(msg.Runes[0] - '1')
			if step < len(m.bank) {
				return m.ask(step, true)
			}
		default:
			var cmd tea.Cmd
			m.res, cmd = m.res.Update(msg)
			return cmd
		}
	}
	return nil
}

func (m *Model) questionKey(msg tea.KeyMsg) tea.Cmd {
	switch {
	case m.q.editing && (key.Matches(msg, m.keys.Cancel) || key.Matches(msg, m.keys.Back)):
		return m.showResults()
	case key.Matches(msg, m.keys.Back):
		if m.q.step == 0 {
			m.screen = screenWelcome
			return nil
		}
		return m.ask(m.q.step-1, false)
	case msg.Type == tea.KeyRunes && len(msg.Runes) == 1 && msg.Runes[0] >= '1' && msg.Runes[0] <= '9':
		if i := int(msg.Runes[0] - '1'); i < len(m.q.q.Options) {
			*m.q.value = m.q.q.Options[i].Value
			return m.commit()
		}
		return nil
	}
	return m.updateQuestion(msg)
}

func (m *Model) updateQuestion(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	m.q, cmd = m.q.Update(msg)
	if m.q.done() {
		return m.commit()
	}
	return cmd
}

// commit keeps the current question's answer and moves on: to the next
// question, or to the results when every question is answered or when an
// answer was being changed.
func (m *Model) commit() tea.Cmd {
	m.answers[m.q.step] = *m.q.value
	if !m.q.editing && m.q.step+1 < len(m.bank) {
		return m.ask(m.q.step+1, false)
	}
	return m.showResults()
}

// ask shows question step, with its current answer preselected.
func (m *Model) ask(step int, editing bool) tea.Cmd {
	m.screen = screenQuestion
	w, h := m.questionSize()
	m.q = newQuestion(step, m.bank[step], m.answers[step], editing, m.st, w, h)
	return m.q.Init()
}

func (m *Model) showResults() tea.Cmd {
	rec, err := m.rb.Recommend(m.Answers())
	if err != nil {
		m.err = fmt.Errorf("scoring the answers: %w", err)
		return m.quit()
	}
	m.rec = &rec
	m.screen = screenResults
	w, h := m.resultsSize()
	if m.res.vp.Width == 0 {
		m.res = newResults(rec, m.bank, m.st, w, h)
	} else {
		offset := m.res.vp.YOffset
		m.res = newResults(rec, m.bank, m.st, w, h)
		m.res.vp.SetYOffset(offset)
	}
	return nil
}

// restart forgets every answer and the recommendation and starts again.
func (m *Model) restart() tea.Cmd {
	for i := range m.answers {
		m.answers[i] = ""
	}
	m.rec = nil
	m.res = results{}
	return m.ask(0, false)
}

func (m *Model) quit() tea.Cmd {
	m.quitting = true
	return tea.Quit
}

// Err returns the error that ended the quiz, if any.
func (m *Model) Err() error { return m.err }

// relayout fits the current screen to a new size or help height.
func (m *Model) relayout() tea.Cmd {
	m.help.Width = contentWidth(m.width)
	if tooSmall(m.width, m.height) {
		return nil
	}
	switch m.screen {
	case screenQuestion:
		w, h := m.questionSize()
		value := *m.q.value
		q := newQuestion(m.q.step, m.q.q, value, m.q.editing, m.st, w, h)
		m.q = q
		return m.q.Init()
	case screenResults:
		w, h := m.resultsSize()
		m.res = m.res.resize(m.bank, m.st, w, h)
	}
	return nil
}

func (m *Model) questionSize() (int, int) {
	return contentWidth(m.width), bodyHeight(m.height, lipgloss.Height(m.questionHeader()), lipgloss.Height(m.footer()))
}

func (m *Model) resultsSize() (int, int) {
	return contentWidth(m.width), bodyHeight(m.height, lipgloss.Height(m.resultsHeader()), lipgloss.Height(m.footer()))
}
