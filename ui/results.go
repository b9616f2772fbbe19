package ui

import (
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
		return s.tr.T("results.title"), ""
	}
	long := s.tr.F("results.title_code", "Code", code)
	if ansi.StringWidth("◆ jewelquiz")+2+ansi.StringWidth(long) <= contentWidth(s.width) {
		return long, ""
	}
	return s.tr.F("results.code", "Code", code), ""
}
func (r *resultsScreen) position(s *shared) string { return r.sc.position(s.tr) }

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
		b.WriteString(s.st.Text.Render(wrapText(s.tr.F("results.saved", "Code", s.saved.Code), width)) + "\n\n")
	case s.saved.Code != "":
		b.WriteString(s.st.Text.Render(wrapText(s.tr.F("results.saved_earlier", "Code", s.saved.Code), width)) + "\n\n")
	}
	top := lineNo()
	rep, rows := report.RenderRowsWith(*s.rec, s.report(), width, s.cfg.Studio.EstimatorIn(string(s.tr.Lang())))
	b.WriteString(rep)
	for _, row := range rows {
		areas = append(areas, rowArea(top+row.Line, 1, width, typeMsg{row.Type}))
	}
	if code := s.code(); code != "" {
		b.WriteString("\n\n" + s.st.Heading.Render(s.tr.T("results.code_heading")) + "\n")
		top := lineNo()
		line := s.st.Text.Render(wrapText(s.tr.F("results.code_note", "Code", code, "Key", s.keys.Code.Help().Key), width))
		b.WriteString(line)
		areas = append(areas, rowArea(top, strings.Count(line, "\n")+1, width, codeMsg{}))
	}
	b.WriteString("\n\n" + s.st.Heading.Render(s.tr.T("results.answers")) + "\n")
	hint := s.tr.T("results.change_hint")
	if hasFollowUps(s.rec.Answers, s.bank) {
		hint += " " + s.tr.T("results.follow_up_hint")
	}
	b.WriteString(s.st.Dim.Render(ansi.Wrap(hint, width, "")) + "\n")
	top = lineNo()
	list, answers := answerList(s.tr, s.rec.Answers, s.bank, s.st, width, true)
	b.WriteString(list)
	for _, a := range answers {
		areas = append(areas, rowArea(top+a.line, a.lines, width, changeMsg{a.step}))
	}
	r.sc.set(b.String(), areas, width, height)
}

func (r *resultsScreen) keys(s *shared) screenKeys {
	sk := screenKeys{move: s.tr.T("keys.scroll"), page: true, primary: []key.Binding{changing(s.keys.Change, s.bank), s.keys.Code}}
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
			return clearing(s, restart, s.tr.T("results.restart_title"), s.tr.T("results.restart_detail")), nil
		case key.Matches(msg, k.Finish) && s.cfg.Kiosk:
			return clearing(s, wipe, s.tr.T("results.finish_title"), s.tr.T("results.finish_detail")), nil
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
		detail += " " + s.tr.F("results.unsaved_latest", "Code", s.saved.Code)
	case s.cfg.Save != nil:
		detail += " " + s.tr.T("results.nothing_saved")
	}
	return move{to: toOverlay, overlay: &confirmScreen{title: title, detail: detail, yes: move{to: to}, yesLabel: s.tr.T("results.yes_clear"), noLabel: s.tr.T("results.no_keep")}}
}
