package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/jewelquiz/jewelquiz/ui/report"
)

// resultsScreen shows the recommendation and the answers it came from, in
// a scrolling view: a tap on a type opens its page, a tap on an answer (or
// its number) changes it.
type resultsScreen struct {
	// notice says what the last change of an answer changed, "" if none.
	notice string
	sc     scroller
}

// changeMsg is a tap on the answer to bank[step].
type changeMsg struct{ step int }

// typeMsg is a tap on a row naming type id.
type typeMsg struct{ id string }

// codeMsg is a tap on the answer code.
type codeMsg struct{}

func (r *resultsScreen) name() string { return "results" }

// header names the screen and the answer code, so the code is always in
// sight: "Your recommendation · code ABCD-EFGH", or only the code where
// both do not fit.
func (r *resultsScreen) header(s *shared) (string, string) {
	code := s.code()
	if code == "" {
		return "Your recommendation", ""
	}
	long := "Your recommendation · code " + code
	if len("◆ jewelquiz")+2+len(long) <= contentWidth(s.width) {
		return long, ""
	}
	return "Code " + code, ""
}
func (r *resultsScreen) position() string { return r.sc.position() }

func (r *resultsScreen) body(*shared) string { return r.sc.View() }
func (r *resultsScreen) taps(*shared) []area { return r.sc.taps() }

func (r *resultsScreen) layout(s *shared, width, height int) {
	var b strings.Builder
	var areas []area
	lineNo := func() int { return strings.Count(b.String(), "\n") }
	if r.notice != "" {
		b.WriteString(s.st.Heading.Render(ansi.Wrap(r.notice, width, "")) + "\n\n")
	}
	switch {
	case s.savedAsIs():
		b.WriteString(s.st.Text.Render(ansi.Wrap(fmt.Sprintf("Saved as %s for your consultation.", s.saved.Code), width, "")) + "\n\n")
	case s.saved.Code != "":
		b.WriteString(s.st.Text.Render(ansi.Wrap(fmt.Sprintf("Saved as %s with your earlier answers; save again to keep these.", s.saved.Code), width, "")) + "\n\n")
	}
	top := lineNo()
	rep, rows := report.RenderRowsWith(*s.rec, s.st.Report, width, s.cfg.Studio.Estimator())
	b.WriteString(rep)
	for _, row := range rows {
		areas = append(areas, rowArea(top+row.Line, 1, width, typeMsg{row.Type}))
	}
	if code := s.code(); code != "" {
		b.WriteString("\n\n" + s.st.Heading.Render("Your answer code") + "\n")
		top := lineNo()
		line := s.st.Text.Render(ansi.Wrap(fmt.Sprintf("%s (c shows it large): it holds your answers, health answers included, so share it only with your studio.", code), width, ""))
		b.WriteString(line)
		areas = append(areas, rowArea(top, strings.Count(line, "\n")+1, width, codeMsg{}))
	}
	b.WriteString("\n\n" + s.st.Heading.Render("Your answers") + "\n")
	hint := "Press a number or tap an answer to change it; the results update."
	if hasFollowUps(s.rec.Answers, s.bank) {
		hint += " A ↳ follow-up is asked again after the answer above it, or tap it to change it alone."
	}
	b.WriteString(s.st.Dim.Render(ansi.Wrap(hint, width, "")) + "\n")
	top = lineNo()
	list, answers := answerList(s.rec.Answers, s.bank, s.st, width, true)
	b.WriteString(list)
	for _, a := range answers {
		areas = append(areas, rowArea(top+a.line, a.lines, width, changeMsg{a.step}))
	}
	r.sc.set(b.String(), areas, width, height)
}

func (r *resultsScreen) keys(s *shared) screenKeys {
	sk := screenKeys{move: "scroll", page: true, primary: []key.Binding{changing(s.keys.Change, s.bank), s.keys.Code}}
	for _, b := range r.buttons(s) {
		if b.k.Help().Key != s.keys.Quit.Help().Key {
			sk.actions = append(sk.actions, b.k)
		}
	}
	return sk
}

func (r *resultsScreen) buttons(s *shared) []button {
	var bs []button
	if s.cfg.Save != nil && !s.savedAsIs() {
		bs = append(bs, button{s.keys.Save})
	}
	if s.cfg.Studio.BookingURL != "" {
		bs = append(bs, button{s.keys.Book})
	}
	bs = append(bs, button{s.keys.Explore}, button{s.keys.Restart})
	if s.cfg.Kiosk {
		return append(bs, button{s.keys.Finish})
	}
	return append(bs, button{s.keys.Quit})
}

func (r *resultsScreen) update(s *shared, msg tea.Msg) (move, tea.Cmd) {
	switch msg := msg.(type) {
	case changeMsg:
		return startChange(s, msg.step, askChange, ""), nil
	case typeMsg:
		return move{to: toType, typeID: msg.id}, nil
	case codeMsg:
		return move{to: toOverlay, overlay: &codeScreen{}}, nil
	case tea.KeyMsg:
		k := s.keys
		switch {
		case key.Matches(msg, changing(k.Change, s.bank)):
			return startChange(s, changeStep(s.bank, msg.String()), askChange, ""), nil
		case key.Matches(msg, k.Save) && s.cfg.Save != nil && !s.savedAsIs():
			return move{to: toSave}, nil
		case key.Matches(msg, k.Explore):
			return move{to: toExplore, typeID: s.rec.Pick}, nil
		case key.Matches(msg, k.Code):
			return move{to: toOverlay, overlay: &codeScreen{}}, nil
		case key.Matches(msg, k.Book) && s.cfg.Studio.BookingURL != "":
			return move{to: toScreen, next: &bookingScreen{}}, nil
		case key.Matches(msg, k.Restart):
			return clearing(s, restart, "Start over?", "Your answers and results will be cleared."), nil
		case key.Matches(msg, k.Finish) && s.cfg.Kiosk:
			return clearing(s, wipe, "Finish without saving?", "Your answers and results will be cleared from this screen."), nil
		}
	}
	var cmd tea.Cmd
	r.sc, cmd = r.sc.Update(msg)
	return move{}, cmd
}

// clearing is the move that clears the client's answers (to start over
// or finish): at once when they are saved, or after asking.
func clearing(s *shared, to where, title, detail string) move {
	switch {
	case s.savedAsIs() || len(s.answers) == 0:
		return move{to: to}
	case s.saved.Code != "":
		detail += fmt.Sprintf(" Your latest answers are not saved (%s has your earlier ones).", s.saved.Code)
	case s.cfg.Save != nil:
		detail += " Nothing was saved."
	}
	return move{to: toOverlay, overlay: &confirmScreen{title: title, detail: detail, yes: move{to: to}, yesLabel: "yes, clear them", noLabel: "no, keep them"}}
}
