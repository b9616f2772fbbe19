package ui

import (
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/quiz/answercode"
	"github.com/jewelquiz/jewelquiz/rules"
	"github.com/jewelquiz/jewelquiz/ui/locale"
)

// Model is the quiz's root model: it holds what the screens share, draws
// the frame around the screen showing, and changes the screen (in apply,
// and only there) as the screen's moves say.
type Model struct {
	shared
	help help.Model

	screen screen
	// overlay is drawn in place of screen, and takes its keys, while set.
	overlay screen
	// focus is the index of the focused button, -1 for none.
	focus int
	// drawnAt is where the last frame put what a tap can hit.
	drawnAt drawnAt

	// lastInput is the time (of the tick before) of the last key or tap.
	lastInput time.Time
	// closingAt is when the server said it will end this session; idleAt
	// when it will close it for want of input. Zero when no notice shows.
	closingAt, idleAt time.Time

	// tally follows the client for the shop's numbers.
	tally tally

	exit exitReason
	err  error
}

// New returns the quiz at its welcome screen, scoring with rb and drawing
// with st, speaking cfg.Lang (rb is translated into it).
func New(rb *rules.Rulebook, st Styles, cfg Config) *Model {
	h := help.New()
	h.Styles = st.Help
	drawn := cfg.Drawings
	if drawn == nil {
		drawn = NewDrawings(0)
	}
	if cfg.PINLock == nil {
		cfg.PINLock = NewPINLock(PINLockOptions{})
	}
	if cfg.CodeLock == nil {
		cfg.CodeLock = NewPINLock(PINLockOptions{Tries: CodeTries})
	}
	m := &Model{help: h, focus: -1}
	m.shared = shared{base: rb, st: &st, cfg: cfg, drawn: drawn, codec: answercode.New(rb.Bank()), answers: quiz.Answers{}}
	m.speak(cfg.Lang)
	m.screen = &welcomeScreen{}
	if cfg.Resume != nil {
		if rec, err := m.rb.Recommend(cfg.Resume); err == nil {
			m.answers = cfg.Resume.Clone()
			m.setResults(rec)
			m.screen = &resultsScreen{}
		}
	}
	return m
}

// Init starts the kiosk's clock, and notes results opened from a code;
// an ordinary quiz needs nothing.
func (m *Model) Init() tea.Cmd {
	if m.cfg.Kiosk {
		return tea.Batch(m.resumed(), tick())
	}
	return m.resumed()
}

// Screen names the screen showing: "welcome", "question", "results",
// "explore", "type", "what-if", "save", or an overlay's name ("confirm",
// "pin", "still-there").
func (m *Model) Screen() string {
	if m.overlay != nil {
		return m.overlay.name()
	}
	return m.screen.name()
}

// Recommendation returns the recommendation shown, if any.
func (m *Model) Recommendation() (rules.Recommendation, bool) {
	if m.rec == nil {
		return rules.Recommendation{}, false
	}
	return *m.rec, true
}

// Answers returns the answers confirmed so far: a copy, holding only
// questions that are asked given the other answers.
func (m *Model) Answers() quiz.Answers { return m.answers.Clone() }

// SavedCode is the code of the consultation saved for the answers shown,
// "" when none is.
func (m *Model) SavedCode() string { return m.saved.Code }

// Lang is the language the quiz speaks now.
func (m *Model) Lang() locale.Lang { return m.tr.Lang() }

// Exit says why the quiz ended: "" while it runs, else "quit", "left"
// (before any results), "staff" (the kiosk's PIN), "ended" (by the
// server) or "failed" (see Err).
func (m *Model) Exit() string { return m.exit.String() }

// Err returns the error that ended the quiz, if any.
func (m *Model) Err() error { return m.err }

// Interrupted reports whether the person left before seeing any results.
func (m *Model) Interrupted() bool { return m.exit == exitLeft }

// StaffExit reports whether staff ended a kiosk with the PIN.
func (m *Model) StaffExit() bool { return m.exit == exitStaff }

// showing is the screen that takes keys and is drawn: the overlay if any.
func (m *Model) showing() screen {
	if m.overlay != nil {
		return m.overlay
	}
	return m.screen
}

// Update handles a message.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if m.exit != running {
		return m, nil
	}
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		msg = clampWindow(msg)
		if msg.Width == m.width && msg.Height == m.height {
			return m, nil // huh asks for the size each time a form starts
		}
		m.width, m.height = msg.Width, msg.Height
		m.relayout()
		return m, nil
	case tickMsg:
		return m, m.onTick(time.Time(msg))
	case savedMsg:
		m.onSaved(msg)
		return m, m.noteSaved(msg)
	case ClosingMsg:
		m.now, m.closingAt = msg.At, msg.At.Add(msg.In)
		m.relayout()
		if !m.cfg.Kiosk { // a kiosk's clock is running already
			return m, tick()
		}
		return m, nil
	case IdleMsg:
		return m, m.onIdle(msg)
	case EndMsg:
		return m, m.apply(move{to: toExit, exit: exitEnded})
	case tea.KeyMsg:
		m.idleAt = time.Time{}
		if m.wake() {
			return m, nil
		}
		if msg.Type == tea.KeyRunes && len(msg.Runes) > 1 && !msg.Paste && !m.typing() {
			// Keys typed ahead (or over a slow link) can arrive together:
			// act on each in turn rather than on none.
			cmds := make([]tea.Cmd, 0, len(msg.Runes))
			for _, r := range msg.Runes {
				cmds = append(cmds, m.onKey(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}, Alt: msg.Alt}))
			}
			return m, tea.Batch(cmds...)
		}
		return m, m.onKey(msg)
	case tea.MouseMsg:
		m.idleAt = time.Time{}
		return m, m.onMouse(msg)
	}
	// Anything else is for the screen beneath any overlay: its form's own
	// messages.
	mv, cmd := m.screen.update(&m.shared, msg)
	return m, tea.Batch(cmd, m.apply(mv))
}

// typing reports whether the screen showing has a text field in use.
func (m *Model) typing() bool {
	t, ok := m.showing().(typer)
	return ok && t.typing()
}

// onKey handles the keys every screen shares, and passes the rest on.
func (m *Model) onKey(msg tea.KeyMsg) tea.Cmd {
	if m.cfg.Kiosk && key.Matches(msg, m.keys.Staff) {
		return m.apply(move{to: toOverlay, overlay: newPINScreen(&m.shared)})
	}
	if tooSmall(m.width, m.height) {
		if msg.String() == "ctrl+c" {
			return m.leave()
		}
		return nil
	}
	typing := m.typing()
	switch {
	case msg.String() == "ctrl+c", !typing && key.Matches(msg, m.keys.Quit):
		return m.leave()
	case !typing && key.Matches(msg, m.keys.Help):
		m.help.ShowAll = !m.help.ShowAll
		m.relayout()
		return nil
	case msg.Type == tea.KeyTab:
		m.moveFocus(true)
		return nil
	case msg.Type == tea.KeyShiftTab && !m.tabBack():
		m.moveFocus(false)
		return nil
	case msg.Type == tea.KeyEnter && m.focus >= 0:
		bs, i := m.showing().buttons(&m.shared), m.focus
		m.focus = -1
		if i < len(bs) {
			return m.onKey(bs[i].press())
		}
	}
	m.focus = -1
	return m.send(msg)
}

// tabBack reports whether shift+tab goes back: on a question with no
// button focused.
func (m *Model) tabBack() bool {
	_, back := m.showing().(tabBack)
	return back && m.focus < 0
}

// send gives a message to the screen showing and follows its move.
func (m *Model) send(msg tea.Msg) tea.Cmd {
	mv, cmd := m.showing().update(&m.shared, msg)
	return tea.Batch(cmd, m.apply(mv))
}

// moveFocus moves the focus to the next button, or the one before; past
// the last (or before the first) the focus leaves the buttons.
func (m *Model) moveFocus(forward bool) {
	n := len(m.showing().buttons(&m.shared))
	switch {
	case n == 0:
		m.focus = -1
	case forward:
		m.focus++
		if m.focus >= n {
			m.focus = -1
		}
	case m.focus < 0:
		m.focus = n - 1
	default:
		m.focus--
	}
}

// canLeave reports whether q and ctrl+c do anything: not in kiosk mode,
// nor while "Leave the quiz?" asks already.
func (m *Model) canLeave() bool {
	c, asking := m.overlay.(*confirmScreen)
	return !m.cfg.Kiosk && !(asking && c.leaving)
}

// leave is q and ctrl+c: quit, after asking if answers would be lost.
func (m *Model) leave() tea.Cmd {
	switch {
	case !m.canLeave():
		return nil
	case m.rec != nil:
		return m.apply(move{to: toExit, exit: exitQuit})
	case len(m.answers) == 0 && m.screen.name() != "question":
		return m.apply(move{to: toExit, exit: exitQuit})
	}
	return m.apply(move{to: toOverlay, overlay: leaveConfirm()})
}

// onMouse turns taps and the wheel into keys and tap messages. Tablets
// send taps as clicks of any button (some as middle clicks), so any press
// counts.
func (m *Model) onMouse(msg tea.MouseMsg) tea.Cmd {
	if msg.Action != tea.MouseActionPress {
		return nil
	}
	if m.wake() || tooSmall(m.width, m.height) {
		return nil
	}
	wheel := msg.Button == tea.MouseButtonWheelUp || msg.Button == tea.MouseButtonWheelDown
	switch _, scrolls := m.showing().(scrolled); {
	case wheel && scrolls:
		return m.send(msg) // a page scrolls a few lines a turn
	case msg.Button == tea.MouseButtonWheelUp:
		return m.send(tea.KeyMsg{Type: tea.KeyUp}) // a list moves its cursor
	case msg.Button == tea.MouseButtonWheelDown:
		return m.send(tea.KeyMsg{Type: tea.KeyDown})
	}
	hit := m.hit(msg.X, msg.Y)
	if hit == nil {
		return nil
	}
	m.focus = -1
	if k, ok := hit.(tea.KeyMsg); ok {
		return m.onKey(k) // a button: as if its key were pressed
	}
	return m.send(hit)
}

// relayout fits the screen showing to the space its body has now.
func (m *Model) relayout() {
	m.help.Width = contentWidth(m.width)
	if tooSmall(m.width, m.height) {
		return
	}
	scr := m.showing()
	w, h := m.bodySize(scr)
	scr.layout(&m.shared, w, h)
	if m.overlay != nil {
		w, h := m.bodySize(m.screen)
		m.screen.layout(&m.shared, w, h)
	}
}
