package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/rules"
)

// whatIf compares the ranking with one answer changed (and the follow-ups
// that change asked or dropped) against the ranking the customer has,
// without touching their answers until they keep it.
type whatIf struct {
	step          int
	before, after rules.Recommendation
}

func (w whatIf) View(bank []quiz.Question, st Styles, width int) string {
	q := bank[w.step]
	from := answerLabel(q, w.before.Answers[q.ID])
	to := answerLabel(q, w.after.Answers[q.ID])
	var b strings.Builder
	b.WriteString(st.Heading.Render(wrapText(fmt.Sprintf("What if %s were “%s”?", strings.ToLower(q.Short), to), width)) + "\n")
	b.WriteString(st.Dim.Render(wrapText(fmt.Sprintf("Your answer now: %s.", from), width)) + "\n")
	for _, f := range bank {
		if f.ID == q.ID {
			continue
		}
		old, had := w.before.Answers[f.ID]
		v, has := w.after.Answers[f.ID]
		switch {
		case has && (!had || old != v):
			b.WriteString(st.Dim.Render(wrapText(fmt.Sprintf("With it, %s: %s.", strings.ToLower(f.Short), answerLabel(f, v)), width)) + "\n")
		case had && !has:
			b.WriteString(st.Dim.Render(wrapText(fmt.Sprintf("%s would no longer be asked.", f.Short), width)) + "\n")
		}
	}
	b.WriteString("\n")
	oldPos := map[string]int{}
	oldRank := map[string]rules.Ranked{}
	for i, r := range w.before.Ranking {
		oldPos[r.Type], oldRank[r.Type] = i, r
	}
	nameW := 0
	for _, r := range w.after.Ranking {
		nameW = max(nameW, lipgloss.Width(r.Name))
	}
	for i, r := range w.after.Ranking {
		old := oldRank[r.Type]
		arrow := st.Dim.Render("  =")
		switch moved := oldPos[r.Type] - i; {
		case moved > 0:
			arrow = st.Report.Good.Render(fmt.Sprintf("▲ %d", moved))
		case moved < 0:
			arrow = st.Report.Bad.Render(fmt.Sprintf("▼ %d", -moved))
		}
		line := fmt.Sprintf("%s  %s  %s", arrow, padRight(r.Name, nameW), scoreChange(old, r))
		if lipgloss.Width(line) > width {
			line = fmt.Sprintf("%s  %s\n       %s", arrow, r.Name, scoreChange(old, r))
		}
		b.WriteString(line + "\n")
	}
	b.WriteString("\n")
	b.WriteString(st.Text.Render(wrapText(whatIfOutcome(w.before, w.after), width)) + "\n")
	b.WriteString(st.Dim.Render(wrapText("Press enter to keep this answer, or esc to keep your answers as they are.", width)))
	return b.String()
}

// whatIfOutcome says what the changed answer would do to the top of the
// ranking, as honestly as the results do: a close or weak result is not
// called a best match.
func whatIfOutcome(before, after rules.Recommendation) string {
	if after.Pick == "" {
		return "Every type would be ruled out."
	}
	top := after.Ranking[0].Name
	s := fmt.Sprintf("The top match would stay %s.", top)
	if after.Pick != before.Pick {
		s = fmt.Sprintf("The top match would become %s.", top)
	}
	switch after.Confidence {
	case rules.ConfidenceClose:
		s += fmt.Sprintf(" %s would be close behind, so compare both.", after.Ranking[1].Name)
	case rules.ConfidenceWeak:
		s += " No type would suit you strongly."
	}
	return s
}

func scoreChange(before, after rules.Ranked) string {
	show := func(r rules.Ranked) string {
		if r.Excluded {
			return "out"
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

func wrapText(s string, width int) string { return ansi.Wrap(s, width, "") }
