package ui

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/jewelquiz/jewelquiz/quiz/consult"
	"github.com/jewelquiz/jewelquiz/ui/locale"
	"github.com/jewelquiz/jewelquiz/ui/report"
)

// saveScreen saves the consultation: it asks for consent (with an optional
// first name), then shows "Saving…", and the code or why saving failed.
// The save itself runs in a command the root starts; what it reports is
// shared, so the results know the code too.
type saveScreen struct {
	input         textinput.Model
	agreed        bool
	width, height int
}

// savedMsg reports how saving a consultation went.
type savedMsg struct {
	rec consult.Record
	err error
}

// newSaveScreen is the consent screen; its field's words are the
// language's, set at each layout.
func newSaveScreen(st *Styles) *saveScreen {
	return &saveScreen{input: newTextField(st, "", "", 40)}
}

func (v *saveScreen) name() string { return "save" }

func (v *saveScreen) typing() bool { return !v.agreed }

func (v *saveScreen) header(s *shared) (string, string) {
	switch {
	case !v.agreed:
		return s.tr.T("save.title"), ""
	case s.saveErr != nil:
		return s.tr.T("save.not-saved"), ""
	}
	return s.tr.T("save.saved"), ""
}

func (v *saveScreen) layout(s *shared, width, height int) {
	v.width, v.height = width, height
	v.input.Prompt, v.input.Placeholder = s.tr.T("save.name"), s.tr.T("save.optional")
}

func (v *saveScreen) keys(s *shared) screenKeys {
	k := saveKeys(s)
	switch {
	case !v.agreed:
		return screenKeys{primary: []key.Binding{k.Agree}, back: s.tr.T("save.dont")}
	case s.saving:
		return screenKeys{}
	case s.saveErr != nil:
		return screenKeys{primary: []key.Binding{k.Retry}, back: s.tr.T("save.back-results")}
	}
	sk := screenKeys{primary: []key.Binding{k.Done}, back: s.tr.T("save.back")}
	if s.cfg.Kiosk {
		sk.actions = []key.Binding{k.Finish}
	}
	return sk
}

// saveKeys are the quiz's keys with the save screen's words.
func saveKeys(s *shared) KeyMap {
	k := s.keys
	k.Agree = with(k.Agree, s.tr.T("save.agree"))
	k.Retry = with(k.Retry, s.tr.T("save.retry"))
	k.Done = with(k.Done, s.tr.T("save.back-results"))
	k.Finish = with(k.Finish, s.tr.T("save.finish"))
	return k
}

func (v *saveScreen) buttons(s *shared) []button {
	k := saveKeys(s)
	switch {
	case !v.agreed:
		return []button{{k.Agree}, {with(k.Back, s.tr.T("save.dont"))}}
	case s.saving:
		return nil
	case s.saveErr != nil:
		return []button{{k.Retry}, {with(k.Back, s.tr.T("save.back-results"))}}
	case s.cfg.Kiosk:
		return []button{{k.Done}, {k.Finish}}
	}
	return []button{{k.Done}}
}

func (v *saveScreen) update(s *shared, msg tea.Msg) (move, tea.Cmd) {
	k, isKey := msg.(tea.KeyMsg)
	switch {
	case !v.agreed && !isKey:
	case !v.agreed && key.Matches(k, s.keys.Back):
		return move{to: toResults}, nil
	case !v.agreed && k.Type == tea.KeyEnter:
		v.agreed = true
		return v.save(s)
	case !v.agreed:
		var cmd tea.Cmd
		v.input, cmd = v.input.Update(msg)
		return move{}, cmd
	case !isKey || s.saving:
	case s.saveErr != nil && key.Matches(k, s.keys.Retry):
		return v.save(s)
	case s.saveErr != nil && key.Matches(k, s.keys.Back):
		return move{to: toResults}, nil
	case s.saveErr != nil:
	case key.Matches(k, s.keys.Done), key.Matches(k, s.keys.Back):
		return move{to: toResults}, nil
	case s.cfg.Kiosk && key.Matches(k, s.keys.Finish):
		return move{to: wipe}, nil
	}
	return move{}, nil
}

// save is the move that saves the consultation: the record is made here,
// from the results as they are now, so the command reads nothing later.
func (v *saveScreen) save(s *shared) (move, tea.Cmd) {
	r, err := report.Record(*s.rec, s.tr.Lang())
	if err != nil {
		return move{}, func() tea.Msg { return savedMsg{err: err} }
	}
	r.Name = strings.TrimSpace(v.input.Value())
	return move{save: &r}, nil
}

func (v *saveScreen) taps(*shared) []area { return nil }

func (v *saveScreen) body(s *shared) string {
	switch {
	case !v.agreed:
		return v.consentView(s)
	case s.saving:
		return s.st.Dim.Render(s.tr.T("save.saving"))
	case s.saveErr != nil:
		return v.failedView(s)
	}
	return v.savedView(s)
}

// consentView asks for consent: the shorter wording on small screens still
// names the health information and keeps the name field in view.
func (v *saveScreen) consentView(s *shared) string {
	st, w, tr := s.st, v.width, s.tr
	full := []string{
		st.Heading.Render(wrapText(tr.T("save.ask"), w)),
		st.Text.Render(wrapText(tr.T("save.what"), w)),
		st.Dim.Render(wrapText(tr.F("save.delete", "Days", report.RetentionIn(tr, s.cfg.Retention)), w)),
		v.input.View(),
		st.Text.Render(wrapText(tr.T("save.enter"), w)),
	}
	if out := strings.Join(full, "\n\n"); lipgloss.Height(out) <= v.height {
		return out
	}
	short := st.Text.Render(wrapText(tr.T("save.short"), w))
	return short + "\n\n" + v.input.View()
}

// savedView shows the code as large as the height allows, always whole,
// and until when it is kept.
func (v *saveScreen) savedView(s *shared) string {
	st, w, tr := s.st, v.width, s.tr
	title := st.Heading.Render(wrapText(tr.T("save.code-is"), w))
	hint := tr.T("save.show")
	if c := s.saved.Created; !c.IsZero() {
		hint += " " + tr.F("save.kept", "Date", longDate(tr, c.Add(report.RetentionOr(s.cfg.Retention))))
	}
	hint = st.Text.Render(wrapText(hint, w))
	for _, roomy := range []bool{true, false} {
		out := title + "\n\n" + bigCode(st, s.saved.Code, w, roomy) + "\n\n" + hint
		if lipgloss.Height(out) <= v.height {
			return out
		}
	}
	return title + "\n" + bigCode(st, s.saved.Code, w, false)
}

// bigCode draws the code large: spaced out in a box, with room around it
// when roomy.
func bigCode(st *Styles, code string, width int, roomy bool) string {
	spaced := strings.Join(strings.Split(code, ""), " ")
	box := st.Key.Bold(true).Padding(0, 1).Border(lipgloss.ThickBorder()).BorderForeground(st.Key.GetForeground())
	if wide := box.Padding(1, 3); roomy && lipgloss.Width(wide.Render(spaced)) <= width {
		box = wide
	}
	return box.Render(spaced)
}

func (v *saveScreen) failedView(s *shared) string {
	st, w := s.st, v.width
	var b strings.Builder
	b.WriteString(st.Warning.Render(wrapText(s.tr.T("save.failed"), w)) + "\n\n")
	b.WriteString(st.Text.Render(wrapText(fmt.Sprint(s.saveErr), w)) + "\n\n")
	b.WriteString(st.Dim.Render(wrapText(s.tr.T("save.failed-hint"), w)))
	return b.String()
}

// startSave saves r in a command, and notes that a save is under way.
func (m *Model) startSave(r consult.Record) tea.Cmd {
	if m.cfg.Save == nil {
		return nil
	}
	m.saving, m.saveErr = true, nil
	saveFn := m.cfg.Save
	return func() tea.Msg {
		saved, err := saveFn(r)
		return savedMsg{rec: saved, err: err}
	}
}

// onSaved keeps what a save reported.
func (m *Model) onSaved(msg savedMsg) {
	if m.rec == nil {
		return // the client was wiped meanwhile: nothing of theirs shows
	}
	m.saving = false
	if msg.err != nil {
		m.saveErr = msg.err
	} else {
		m.saved = msg.rec
	}
	m.relayout()
}

// longDate is a day as a customer reads it in tr's language, in the
// local time zone: "29 December 2026", "29 de diciembre de 2026".
func longDate(tr *locale.Printer, t time.Time) string {
	t = t.Local()
	return tr.F("date.long", "Day", t.Day(), "Month", tr.T(fmt.Sprintf("date.month.%d", int(t.Month()))), "Year", t.Year())
}
