package ui

import (
	"context"
	"errors"
	"fmt"
	"io"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/jewelquiz/jewelquiz/quiz/answercode"
	"github.com/jewelquiz/jewelquiz/rules"
	"github.com/jewelquiz/jewelquiz/ui/locale"
	"github.com/jewelquiz/jewelquiz/ui/report"
)

// ErrNoTerminal means the full-screen quiz was started without a terminal.
var ErrNoTerminal = errors.New("the quiz needs a terminal: standard input and output must both be a terminal (try --accessible for plain prompts, or `jewelquiz recommend --answers FILE` for answers in JSON)")

// ErrInterrupted means the person left with ctrl+c before any results.
var ErrInterrupted = errors.New("quiz left before the results")

// ErrNoPIN means kiosk mode was asked for without a staff PIN.
var ErrNoPIN = errors.New("kiosk mode needs a staff PIN to close it: set JEWELQUIZ_STAFF_PIN or give --staff-pin-file FILE")

// Options configure a run of the quiz.
type Options struct {
	Rulebook *rules.Rulebook
	Theme    string
	In       io.Reader
	Out      io.Writer
	// Config is the behaviour: kiosk, idle time, staff PIN, saving.
	Config Config
	// NoMouse leaves the mouse to the terminal (for selecting text) instead
	// of taking taps and clicks.
	NoMouse bool
}

// Run runs the full-screen quiz until the person quits, then prints the
// recommendation (if they reached it) as plain text so it stays in the
// terminal's scrollback.
func Run(ctx context.Context, o Options) error {
	if !report.IsTerminal(o.In) || !report.IsTerminal(o.Out) {
		return ErrNoTerminal
	}
	if o.Config.Kiosk && o.Config.StaffPIN == "" {
		return ErrNoPIN
	}
	r := lipgloss.NewRenderer(o.Out)
	st, err := NewStyles(r, o.Theme)
	if err != nil {
		return err
	}
	m := New(o.Rulebook, st, o.Config)
	// Signals arrive through ctx (the caller cancels it on SIGINT, SIGTERM
	// and SIGHUP). Letting bubbletea listen too races with the context: its
	// handler can block forever sending to a loop that has already stopped,
	// and the program never exits.
	opts := []tea.ProgramOption{tea.WithContext(ctx), tea.WithoutSignalHandler(),
		tea.WithInput(o.In), tea.WithOutput(o.Out), tea.WithAltScreen()}
	if !o.NoMouse {
		opts = append(opts, tea.WithMouseCellMotion())
	}
	if o.Config.Kiosk {
		opts = append(opts, tea.WithFilter(KioskFilter))
	}
	p := tea.NewProgram(m, opts...)
	final, err := p.Run()
	if hangup := m.Hangup(); hangup != nil {
		hangup() // a signal stopped the quiz: the client left where they were
	}
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return fmt.Errorf("quiz: %w", err)
	}
	fm, ok := final.(*Model)
	if !ok {
		return nil
	}
	if fm.Err() != nil {
		return fm.Err()
	}
	if fm.Interrupted() {
		return ErrInterrupted
	}
	if o.Config.Kiosk {
		return nil // a kiosk leaves nothing of a client behind
	}
	if text, ok := fm.PlainText(report.Width(o.Out)); ok {
		_, err := fmt.Fprintln(o.Out, text)
		return err
	}
	return nil
}

// PlainText is the recommendation shown, if any, as PlainTextIn prints it
// when the quiz ends: in the language the quiz is in, as are the
// recommendation and the rulebook it keeps.
func (m *Model) PlainText(width int) (string, bool) {
	if m.rec == nil {
		return "", false
	}
	return PlainTextIn(*m.rec, m.rb, width, m.Lang()), true
}

// PlainTextIn is the recommendation and the answers behind it as plain
// text, as printed when the quiz ends, with the quiz's own words in
// language lang; rec and rb speak for themselves (give them in that
// language).
func PlainTextIn(rec rules.Recommendation, rb *rules.Rulebook, width int, lang locale.Lang) string {
	tr := locale.For(lang)
	st := Styles{Report: report.PlainStyles()}
	st.Report.Lang = lang
	st.Heading, st.Dim, st.Text, st.Key = st.Report.Heading, st.Report.Dim, st.Report.Text, st.Report.Text
	list, _ := answerList(tr, rec.Answers, rb.Bank(), &st, width, false)
	return report.Render(rec, st.Report, width) + "\n\n" + tr.T("code.answers") + "\n" + list + "\n" + codeLine(tr, rb, rec, width)
}

// codeLine is the last part of a printed report: the answer code, and
// what it holds, in tr's language; "" if the answers have none.
func codeLine(tr *locale.Printer, rb *rules.Rulebook, rec rules.Recommendation, width int) string {
	code, err := answercode.New(rb.Bank()).Encode(rec.Answers)
	if err != nil {
		return ""
	}
	return "\n" + wrapText(tr.F("code.line", "Code", code), width) + "\n"
}
