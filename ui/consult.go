package ui

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/jewelquiz/jewelquiz/quiz/consult"
	"github.com/jewelquiz/jewelquiz/ui/report"
)

// consentForm asks before saving a consultation, with an optional name.
type consentForm struct {
	name textinput.Model
}

// savedMsg reports how saving a consultation went.
type savedMsg struct {
	rec consult.Record
	err error
}

func (m *Model) openConsent() tea.Cmd {
	if m.cfg.Save == nil || m.rec == nil {
		return nil
	}
	in := textinput.New()
	in.Placeholder = "optional"
	in.CharLimit = 40
	in.Prompt = "First name: "
	in.PromptStyle = m.st.Key
	in.TextStyle = m.st.Text
	in.PlaceholderStyle = m.st.Dim
	in.Cursor.Style = m.st.Key
	in.Cursor.SetMode(cursor.CursorStatic)
	in.Focus()
	m.consent = consentForm{name: in}
	m.screen = screenConsent
	return nil
}

// save writes the consultation in a command: the record is made here, from
// the model as it is now, so the command reads nothing of the model later.
func (m *Model) save() tea.Cmd {
	if m.cfg.Save == nil || m.rec == nil {
		return nil
	}
	recJSON, err := json.Marshal(*m.rec)
	if err != nil {
		m.saveErr = fmt.Errorf("encoding the results: %w", err)
		m.screen = screenSaveFailed
		return nil
	}
	r := consult.Record{
		Name:            strings.TrimSpace(m.consent.name.Value()),
		RulebookVersion: m.rec.RulebookVersion,
		Answers:         m.rec.Answers.Clone(),
		Pick:            m.rec.Pick,
		Recommendation:  recJSON,
		Report:          report.Render(*m.rec, report.PlainStyles(), 72),
	}
	if r.Pick != "" {
		r.PickName = m.rec.Ranking[0].Name
	}
	saveFn := m.cfg.Save
	m.screen = screenSaved
	m.saved, m.saveErr = consult.Record{}, nil
	return func() tea.Msg {
		saved, err := saveFn(r)
		return savedMsg{rec: saved, err: err}
	}
}

func (m *Model) onSaved(msg savedMsg) tea.Cmd {
	if msg.err != nil {
		m.saveErr = msg.err
		m.screen = screenSaveFailed
		return nil
	}
	m.saved = msg.rec
	if m.screen == screenSaved || m.screen == screenSaveFailed {
		m.screen = screenSaved
	}
	return nil
}

// consentView asks for consent in height lines: the shorter wording on
// small screens still names the health information and keeps the name
// field in view.
func (m *Model) consentView(height int) string {
	w := contentWidth(m.width)
	full := []string{
		m.st.Heading.Render(wrapText("Save for your consultation?", w)),
		m.st.Text.Render(wrapText("We will keep your answers and results on this shop's computer so staff can open them at your consultation with a short code. Your answers are health information: a metal allergy, and any health conditions, pregnancy or age you told us about.", w)),
		m.st.Dim.Render(wrapText("Nothing is sent anywhere. Staff delete saved consultations after 30 days, or sooner if you ask.", w)),
		m.consent.name.View(),
		m.st.Text.Render(wrapText("Press enter to agree and save, or esc to go back without saving.", w)),
	}
	if v := strings.Join(full, "\n\n"); lipgloss.Height(v) <= height {
		return v
	}
	short := m.st.Text.Render(wrapText("Keep your answers here for staff to open with a code? They include your metal allergy answer (health information).", w))
	return short + "\n\n" + m.consent.name.View()
}

// savedView shows the code as large as height allows, always whole.
func (m *Model) savedView(height int) string {
	w := contentWidth(m.width)
	if m.saved.Code == "" {
		return m.st.Dim.Render("Saving…")
	}
	title := m.st.Heading.Render(wrapText("Saved. Your consultation code is", w))
	hint := m.st.Text.Render(wrapText("Show this code at the consultation desk, or write it down. Staff will open your answers with it.", w))
	for _, roomy := range []bool{true, false} {
		v := title + "\n\n" + bigCode(m.st, m.saved.Code, w, roomy) + "\n\n" + hint
		if lipgloss.Height(v) <= height {
			return v
		}
	}
	return title + "\n" + bigCode(m.st, m.saved.Code, w, false)
}

// bigCode draws the code large: spaced out in a box, with room around it
// when roomy.
func bigCode(st Styles, code string, width int, roomy bool) string {
	spaced := strings.Join(strings.Split(code, ""), " ")
	box := st.Key.Bold(true).Padding(0, 1).Border(lipgloss.ThickBorder()).BorderForeground(st.Key.GetForeground())
	if wide := box.Padding(1, 3); roomy && lipgloss.Width(wide.Render(spaced)) <= width {
		box = wide
	}
	return box.Render(spaced)
}

func (m *Model) saveFailedView() string {
	w := contentWidth(m.width)
	var b strings.Builder
	b.WriteString(m.st.Warning.Render(wrapText("Your consultation could not be saved", w)) + "\n\n")
	b.WriteString(m.st.Text.Render(wrapText(fmt.Sprint(m.saveErr), w)) + "\n\n")
	b.WriteString(m.st.Dim.Render(wrapText("Your results are still here. Try again, or ask a member of staff.", w)))
	return b.String()
}
