package ui

import (
	"maps"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/quiz/answercode"
	"github.com/jewelquiz/jewelquiz/quiz/consult"
	"github.com/jewelquiz/jewelquiz/rules"
	"github.com/jewelquiz/jewelquiz/ui/locale"
	"github.com/jewelquiz/jewelquiz/ui/report"
)

// screen is one screen of the quiz, or an overlay. The root draws the
// frame around it and calls layout before the first body and whenever the
// space for the body changes.
type screen interface {
	// name is what Model.Screen reports while the screen shows.
	name() string
	// header is the note at the right of the header, and a line under it
	// (a progress bar) or "".
	header(s *shared) (note, under string)
	// layout fits the screen to a body of width × height cells.
	layout(s *shared, width, height int)
	// body draws the screen's content in at most the height given to
	// layout.
	body(s *shared) string
	// taps are the areas of the body as last drawn that a tap means
	// something in, their rows counted from the body's first line. The
	// root asks only when a tap comes.
	taps(s *shared) []area
	// keys lists the screen's keys, for the help.
	keys(s *shared) screenKeys
	// buttons are the screen's buttons, each pressing one of its keys.
	buttons(s *shared) []button
	// update handles a key, a tap's message, or any other message, and
	// says where to go next.
	update(s *shared, msg tea.Msg) (move, tea.Cmd)
}

// typer is a screen with a text field: while it is typing, q and ? are
// text, not the quiz's keys.
type typer interface{ typing() bool }

// tabBack is a screen where shift+tab goes back (a question, as in huh)
// unless a button has the focus.
type tabBack interface{ tabBack() }

// anyKey is a screen that any key closes: its keys are not the quiz's.
type anyKey interface{ anyKey() }

// scrolled is a screen whose body scrolls: position says how far, for
// the frame to show under it ("" when everything shows).
type scrolled interface{ position(s *shared) string }

// shared is what every screen reads. Screens do not change it: a move
// they return says what the root should change.
type shared struct {
	// base is the rulebook as given, rb the same translated into the
	// language spoken, and bank rb's questions.
	base     *rules.Rulebook
	rb       *rules.Rulebook
	bank     []quiz.Question
	st       *Styles
	keys     KeyMap
	cfg      Config
	drawn    *Drawings
	formKeys *huh.KeyMap
	codec    *answercode.Codec
	// tr says the quiz's own words in the language spoken (the
	// rulebook's words come from rb, translated into it).
	tr *locale.Printer

	width, height int

	// answers holds the confirmed answers: only questions asked given the
	// others ("" is an answer to a many question: none of its options).
	answers quiz.Answers
	// rec is the recommendation for the answers once the results showed,
	// and answerCode their answer code (see setResults).
	rec        *rules.Recommendation
	answerCode string
	// saved is the consultation saved for these answers, and saveErr why
	// the last save failed.
	saved   consult.Record
	saveErr error
	// saving is set from a save's start until it reports.
	saving bool
	// now is the time of the last tick.
	now time.Time
}

// speak switches every word the quiz says to language l: its own (tr,
// the keys' help), and the rulebook's. Answers, the answer code and
// scores are the same in every language; only Model.apply calls it.
func (s *shared) speak(l locale.Lang) {
	s.tr = locale.For(l)
	s.rb = s.base.In(string(s.tr.Lang()))
	s.bank = s.rb.Bank()
	s.keys = KeyMapFor(s.tr)
	s.formKeys = formKeyMap(s.tr)
}

// report is the report's styles, saying the report's own words in the
// language spoken.
func (s *shared) report() report.Styles {
	r := s.st.Report
	r.Lang = s.tr.Lang()
	return r
}

// code is the answer code of the answers kept, "" before the results.
func (s *shared) code() string { return s.answerCode }

// setResults keeps rec, the recommendation for the answers kept, and
// their answer code, worked out once here rather than on every frame
// that shows it.
func (s *shared) setResults(rec rules.Recommendation) {
	s.rec = &rec
	s.answerCode = ""
	if c, err := s.codec.Encode(s.answers); err == nil { // only answers the engine accepted get here
		s.answerCode = c
	}
}

// savedAsIs reports whether the consultation saved holds the answers as
// they are now (an answer changed since calls for saving again).
func (s *shared) savedAsIs() bool {
	return s.saved.Code != "" && maps.Equal(s.answers, s.saved.Answers)
}

// where is the screen a move goes to.
type where int

const (
	// stay keeps the screen (and closes no overlay).
	stay where = iota
	toWelcome
	// toQuestion asks move.step, for move.purpose, in the change move.chg.
	toQuestion
	// toResults shows the results of move.answers when set (marking what
	// changed if move.changed), or of the answers kept.
	toResults
	// toExplore lists the types, with move.typeID under the cursor.
	toExplore
	// toType shows type move.typeID.
	toType
	// toWhatIf compares move.answers with the answers kept, move.step
	// being the question changed, from type page move.typeID.
	toWhatIf
	// toSave asks for consent to save the consultation.
	toSave
	// toScreen shows move.next, a screen that needs nothing the root
	// keeps: a new screen can come in this way without touching apply.
	toScreen
	// toOverlay opens move.overlay over the screen.
	toOverlay
	// closeOverlay goes back to the screen beneath the overlay.
	closeOverlay
	// restart forgets the client and asks the first question.
	restart
	// wipe forgets the client and shows a clean welcome.
	wipe
	// toExit ends the quiz for move.exit.
	toExit
)

// move is what a screen's update returns: where to go next, and what the
// root keeps on the way.
type move struct {
	to      where
	step    int
	purpose purpose
	chg     *change
	typeID  string
	answers quiz.Answers
	changed bool
	overlay screen
	next    screen
	exit    exitReason
	// save starts saving this record.
	save *consult.Record
	// lang switches the quiz to this language first, when set.
	lang locale.Lang
}

// change is an answer being changed (from the results) or tried (from a
// type page), with the follow-ups it asks: it replaces the answers only
// once complete and kept.
type change struct {
	draft quiz.Answers
	// asked lists the questions answered in this change so far: their
	// follow-ups are asked next.
	asked []string
	// first is the question the change started from.
	first int
	// typeID is the type page a what-if started on.
	typeID string
}

// exitReason is why the quiz ended.
type exitReason int

const (
	// running: the quiz has not ended.
	running exitReason = iota
	// exitQuit: the person quit; any results are printed.
	exitQuit
	// exitLeft: the person left before any results (ctrl+c, or q and yes).
	exitLeft
	// exitStaff: staff closed a kiosk with the PIN.
	exitStaff
	// exitEnded: the server ended the session.
	exitEnded
	// exitFailed: the quiz could not go on (see Model.Err).
	exitFailed
)

// String names the reason, as Model.Exit reports it.
func (r exitReason) String() string {
	return [...]string{"", "quit", "left", "staff", "ended", "failed"}[r]
}
