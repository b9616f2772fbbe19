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
	screenType
	screenWhatIf
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
	page    typePage
	whatIf  whatIf
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

// Err returns the error that ended the quiz, if any.
func (m *Model) Err() error { return m.err }

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
			return m.ask(0, askQuiz)
		case key.Matches(msg, m.keys.Explore):
			return m.explore()
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
		case key.Matches(msg, m.keys.Explore):
			return m.explore()
		case key.Matches(msg, m.keys.Change):
			return m.ask(int(msg.Runes[0]-'1'), askChange)
		default:
			var cmd tea.Cmd
			m.res, cmd = m.res.Update(msg)
			return cmd
		}
	case screenType:
		switch {
		case key.Matches(msg, m.keys.Cancel), key.Matches(msg, m.keys.Back):
			return m.explore()
		case m.rec != nil && key.Matches(msg, m.keys.Change):
			return m.ask(int(msg.Runes[0]-'1'), askWhatIf)
		default:
			var cmd tea.Cmd
			m.page, cmd = m.page.Update(msg)
			return cmd
		}
	case screenWhatIf:
		switch {
		case key.Matches(msg, m.keys.Keep):
			m.answers[m.whatIf.step] = m.whatIf.value
			return m.showResults()
		case key.Matches(msg, m.keys.Cancel), key.Matches(msg, m.keys.Back):
			m.openType(m.page.typeID)
		}
	}
	return nil
}

func (m *Model) questionKey(msg tea.KeyMsg) tea.Cmd {
	p := m.q.purpose
	switch {
	case p != askQuiz && (key.Matches(msg, m.keys.Cancel) || key.Matches(msg, m.keys.Back)):
		return m.leaveQuestion()
	case key.Matches(msg, m.keys.Back):
		if m.q.step == 0 {
			m.screen = screenWelcome
			return nil
		}
		return m.ask(m.q.step-1, askQuiz)
	case msg.Type == tea.KeyRunes && len(msg.Runes) == 1 && msg.Runes[0] >= '1' && msg.Runes[0] <= '9':
		if i := int(msg.Runes[0] - '1'); i < len(m.q.q.Options) {
			*m.q.value = m.q.q.Options[i].Value
			return m.commit()
		}
		return nil
	}
	return m.updateQuestion(msg)
}

// leaveQuestion goes back from a question that was not part of the quiz's
// run, keeping every answer as it was.
func (m *Model) leaveQuestion() tea.Cmd {
	switch m.q.purpose {
	case askType:
		if m.rec != nil {
			m.screen = screenResults
		} else {
			m.screen = screenWelcome
		}
	case askWhatIf:
		m.screen = screenType
	default:
		m.screen = screenResults
	}
	return nil
}

func (m *Model) updateQuestion(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	m.q, cmd = m.q.Update(msg)
	if m.q.done() {
		return m.commit()
	}
	return cmd
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
	w, h := m.bodySize(m.questionHeaderFor(step, p))
	m.q = newQuestion(step, m.bank[step], m.answers[step], p, m.st, w, h)
	return m.q.Init()
}

// explore lists the types to read about, with this customer's scores once
// there are results.
func (m *Model) explore() tea.Cmd {
	m.screen = screenQuestion
	pick := typeQuestion(m.rb, m.rec)
	current := ""
	if m.page.typeID != "" {
		current = m.page.typeID
	}
	w, h := m.bodySize(m.questionHeaderFor(0, askType))
	m.q = newQuestion(0, pick, current, askType, m.st, w, h)
	return m.q.Init()
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
	for i := range m.answers {
		m.answers[i] = ""
	}
	m.rec = nil
	m.res = results{}
	m.page = typePage{}
	m.whatIf = whatIf{}
	return m.ask(0, askQuiz)
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
		m.q = newQuestion(m.q.step, m.q.q, *m.q.value, m.q.purpose, m.st, w, h)
		return m.q.Init()
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
// and above the help.
func (m *Model) bodySize(header string) (int, int) {
	return contentWidth(m.width), bodyHeight(m.height, lipgloss.Height(header), lipgloss.Height(m.footer()))
}
