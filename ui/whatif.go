package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/jewelquiz/jewelquiz/rules"
	"github.com/jewelquiz/jewelquiz/ui/locale"
)

// whatIfScreen compares the ranking with one answer changed (and the
// follow-ups that change asked or dropped) against the customer's own,
// without touching their answers until they keep it.
type whatIfScreen struct {
	step   int
	typeID string
	after  rules.Recommendation
	sc     scroller
}

func (w *whatIfScreen) name() string                      { return "what-if" }
func (w *whatIfScreen) header(s *shared) (string, string) { return s.tr.T("question.what_if"), "" }
func (w *whatIfScreen) position(s *shared) string         { return w.sc.position(s.tr) }
func (w *whatIfScreen) body(*shared) string               { return w.sc.View() }
func (w *whatIfScreen) taps(*shared) []area               { return w.sc.taps() }

func (w *whatIfScreen) keys(s *shared) screenKeys {
	return screenKeys{move: s.tr.T("keys.scroll"), primary: []key.Binding{s.keys.Keep}, back: s.tr.T("keys.keep_mine")}
}

func (w *whatIfScreen) buttons(s *shared) []button {
	return []button{{s.keys.Keep}, {with(s.keys.Back, s.tr.T("keys.keep_mine"))}}
}

func (w *whatIfScreen) update(s *shared, msg tea.Msg) (move, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok {
		switch {
		case key.Matches(k, s.keys.Keep):
			return move{to: toResults, answers: w.after.Answers.Clone(), changed: true}, nil
		case key.Matches(k, s.keys.Back):
			return move{to: toType, typeID: w.typeID}, nil
		}
	}
	var cmd tea.Cmd
	w.sc, cmd = w.sc.Update(msg)
	return move{}, cmd
}

func (w *whatIfScreen) layout(s *shared, width, height int) {
	st, tr, before, after := s.st, s.tr, *s.rec, w.after
	q := s.bank[w.step]
	from := labelOf(tr, q, before.Answers[q.ID])
	to := labelOf(tr, q, after.Answers[q.ID])
	var b strings.Builder
	b.WriteString(st.Heading.Render(wrapText(tr.F("whatif.title", "Question", strings.ToLower(q.Short), "Answer", to), width)) + "\n")
	b.WriteString(st.Dim.Render(wrapText(tr.F("whatif.now", "Answer", from), width)) + "\n")
	for _, f := range s.bank {
		if f.ID == q.ID {
			continue
		}
		old, had := before.Answers[f.ID]
		v, has := after.Answers[f.ID]
		switch {
		case has && (!had || old != v):
			b.WriteString(st.Dim.Render(wrapText(tr.F("whatif.with", "Question", strings.ToLower(f.Short), "Answer", labelOf(tr, f, v)), width)) + "\n")
		case had && !has:
			b.WriteString(st.Dim.Render(wrapText(tr.F("whatif.dropped", "Question", f.Short), width)) + "\n")
		}
	}
	b.WriteString("\n")
	b.WriteString(rankingChange(st, tr, before, after, width))
	b.WriteString("\n")
	b.WriteString(st.Text.Render(wrapText(whatIfOutcome(tr, before, after), width)) + "\n")
	b.WriteString(st.Dim.Render(wrapText(tr.F("whatif.keys", "Keep", s.keys.Keep.Help().Key, "Back", s.keys.Back.Help().Key), width)))
	w.sc.set(b.String(), nil, width, height)
}

// rankingChange draws the new ranking, each type with how it moved: up
// (green) when it rose or is no longer ruled out, down (red) when it fell
// or is now ruled out, and grey when it stayed, a type ruled out both
// times included.
func rankingChange(st *Styles, tr *locale.Printer, before, after rules.Recommendation, width int) string {
	oldPos := map[string]int{}
	oldRank := map[string]rules.Ranked{}
	for i, r := range before.Ranking {
		oldPos[r.Type], oldRank[r.Type] = i, r
	}
	nameW := 0
	for _, r := range after.Ranking {
		nameW = max(nameW, lipgloss.Width(r.Name))
	}
	var b strings.Builder
	for i, r := range after.Ranking {
		old := oldRank[r.Type]
		arrow, style := "=", st.Dim
		moved := oldPos[r.Type] - i
		switch {
		case old.Excluded && r.Excluded:
		case r.Excluded && !old.Excluded:
			arrow, style = "▼", st.Report.Bad // ruled out: no place to count
		case old.Excluded && !r.Excluded:
			arrow, style = "▲", st.Report.Good
		case moved < 0:
			arrow, style = "▼"+countOf(-moved), st.Report.Bad
		case moved > 0:
			arrow, style = "▲"+countOf(moved), st.Report.Good
		}
		name := padRight(r.Name, nameW)
		if r.Excluded {
			name = st.Dim.Render(name)
		}
		line := fmt.Sprintf("%s  %s  %s", style.Render(fmt.Sprintf("%-3s", arrow)), name, style.Render(scoreChange(tr, old, r)))
		if lipgloss.Width(line) > width {
			line = fmt.Sprintf("%s  %s\n     %s", style.Render(fmt.Sprintf("%-3s", arrow)), r.Name, style.Render(scoreChange(tr, old, r)))
		}
		b.WriteString(line + "\n")
	}
	return b.String()
}

// countOf is " n" for a move of n places, "" for none.
func countOf(n int) string {
	if n <= 0 {
		return ""
	}
	return fmt.Sprintf(" %d", n)
}

// whatIfOutcome says what the changed answer would do to the top of the
// ranking, in tr's language, as honestly as the results do: a close or
// weak result is not called a best match.
func whatIfOutcome(tr *locale.Printer, before, after rules.Recommendation) string {
	if after.Pick == "" {
		return tr.T("whatif.all_out")
	}
	top := after.Ranking[0].Name
	s := tr.F("whatif.stays", "Name", top)
	if after.Pick != before.Pick {
		s = tr.F("whatif.becomes", "Name", top)
	}
	switch after.Confidence {
	case rules.ConfidenceClose:
		s += " " + tr.F("whatif.close", "Name", after.Ranking[1].Name)
	case rules.ConfidenceWeak:
		s += " " + tr.T("whatif.weak")
	}
	return s
}

// scoreChange is a type's score before and after: "40 → 55", "out → 65",
// "40 → out", or one score when it did not change; "out" in tr's
// language.
func scoreChange(tr *locale.Printer, before, after rules.Ranked) string {
	show := func(r rules.Ranked) string {
		if r.Excluded {
			return tr.T("whatif.out")
		}
		return fmt.Sprint(r.Score)
	}
	if show(before) == show(after) {
		return show(after)
	}
	return show(before) + " → " + show(after)
}

func padRight(s string, w int) string {
	return s + strings.Repeat(" ", max(w-lipgloss.Width(s), 0))
}
