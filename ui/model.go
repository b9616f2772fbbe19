package ui

import (
	"github.com/charmbracelet/huh"
	"time"

	"github.com/charmbracelet/bubbles/help"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/quiz/consult"
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
	screenConsent
	screenSaved
	screenSaveFailed
	screenPIN
)

// Model is the quiz's root model: it switches between the screens, owns
// the answers and combines the help line.
type Model struct {
	rb   *rules.Rulebook
	bank []quiz.Question
	st   Styles
	keys KeyMap
	help help.Model
	cfg  Config
	// drawn holds the parts of screens drawn so far, maybe shared.
	drawn *Drawings
	// formKeys is the keymap of the question forms.
	formKeys *huh.KeyMap

	width, height int
	screen        screen

	// answers holds the confirmed answers: only questions asked given the
	// others, each present once answered ("" is an answer to a many
	// question: none of its options).
	answers quiz.Answers
	// draft holds the answers while one is being changed from the results
	// or tried as a what-if, with the follow-ups that change asks; it
	// replaces answers only once the change is complete and kept.
	draft quiz.Answers
	// changing lists the questions answered in this change so far: their
	// follow-ups are asked next.
	changing []string
	q        question
	res      results
	page     typePage
	whatIf   whatIf
	consent  consentForm
	pin      pinPrompt
	// saved is the last consultation saved, or the error saving it.
	saved   consult.Record
	saveErr error
	// rec is set once the results have been shown.
	rec *rules.Recommendation
	err error

	// now is the time of the last tick; lastInput of the last key or tap.
	now, lastInput time.Time
	// stillThere is set while the idle countdown shows.
	stillThere bool
	stillSince time.Time
	// back is the screen to return to from the PIN prompt.
	back screen

	// closingAt is when the server said it will end this session.
	closingAt time.Time
	// idleAt is when the server will close this session for want of
	// input, unless a key comes first; zero when no notice shows.
	idleAt time.Time

	quitting  bool
	staffExit bool
	ended     bool
	// interrupted is set when the quiz was left with ctrl+c before results.
	interrupted bool
}

// New returns the quiz at its welcome screen, scoring with rb and drawing
// with st.
func New(rb *rules.Rulebook, st Styles, cfg Config) *Model {
	h := help.New()
	h.Styles = st.Help
	bank := rb.Bank()
	drawn := cfg.Drawings
	if drawn == nil {
		drawn = NewDrawings(0)
	}
	if cfg.PINLock == nil {
		cfg.PINLock = NewPINLock(PINLockOptions{})
	}
	keys := DefaultKeyMap()
	keys.Change.SetHelp(changeRange(bank), "change")
	return &Model{rb: rb, bank: bank, st: st, keys: keys, help: h, cfg: cfg, drawn: drawn, formKeys: formKeyMap(), answers: quiz.Answers{}}
}

// Init starts the kiosk's clock; an ordinary quiz needs nothing.
func (m *Model) Init() tea.Cmd {
	if m.cfg.Kiosk {
		return tick()
	}
	return nil
}

// Recommendation returns the last recommendation shown, if any.
func (m *Model) Recommendation() (rules.Recommendation, bool) {
	if m.rec == nil {
		return rules.Recommendation{}, false
	}
	return *m.rec, true
}

// Answers returns the answers confirmed so far: a copy, holding only
// questions that are asked given the other answers.
func (m *Model) Answers() quiz.Answers { return m.answers.Clone() }

// Err returns the error that ended the quiz, if any.
func (m *Model) Err() error { return m.err }

// Interrupted reports whether the person left with ctrl+c before seeing
// any results.
func (m *Model) Interrupted() bool { return m.interrupted }

// StaffExit reports whether staff ended a kiosk with the PIN.
func (m *Model) StaffExit() bool { return m.staffExit }

// Update handles a message.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		msg = clampWindow(msg)
		if msg.Width == m.width && msg.Height == m.height {
			return m, nil // huh asks for the size each time a form starts
		}
		m.width, m.height = msg.Width, msg.Height
		return m, m.relayout()
	case tickMsg:
		return m, m.onTick(time.Time(msg))
	case savedMsg:
		return m, m.onSaved(msg)
	case ClosingMsg:
		m.now, m.closingAt = msg.At, msg.At.Add(msg.In)
		cmd := m.relayout()
		if !m.cfg.Kiosk { // a kiosk's clock is running already
			cmd = tea.Batch(cmd, tick())
		}
		return m, cmd
	case IdleMsg:
		return m, m.onIdle(msg)
	case EndMsg:
		m.ended = true
		return m, m.quit()
	case tea.KeyMsg:
		m.idleAt = time.Time{}
		if m.wake() {
			return m, nil
		}
		if msg.Type == tea.KeyRunes && len(msg.Runes) > 1 && !msg.Paste && m.screen != screenConsent && m.screen != screenPIN {
			// Keys typed ahead (or over a slow link) can arrive together:
			// act on each in turn rather than on none.
			cmds := make([]tea.Cmd, 0, len(msg.Runes))
			for _, r := range msg.Runes {
				cmds = append(cmds, m.handleKey(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}, Alt: msg.Alt}))
			}
			return m, tea.Batch(cmds...)
		}
		return m, m.handleKey(msg)
	case tea.MouseMsg:
		m.idleAt = time.Time{}
		return m, m.handleMouse(msg)
	}
	if m.screen == screenQuestion {
		return m, m.updateQuestion(msg)
	}
	if m.screen == screenConsent || m.screen == screenPIN {
		return m, m.updateInput(msg)
	}
	return m, nil
}
