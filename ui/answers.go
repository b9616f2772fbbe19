package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/ui/locale"
)

// answerRow is one row of a list of answers: the question at step of the
// bank, and what marks it: its change key, "↳" for a follow-up, or "" when
// it has no key.
type answerRow struct {
	step   int
	marker string
	// line and lines are where the row is drawn in the list.
	line, lines int
}

// answerRows lists the questions asked given a, in bank order.
func answerRows(a quiz.Answers, bank []quiz.Question) []answerRow {
	var rows []answerRow
	for i, q := range bank {
		if _, ok := a[q.ID]; !ok || !q.Asked(a) {
			continue
		}
		marker := changeKey(bank, i)
		if q.AskIf != nil {
			marker = "↳"
		}
		rows = append(rows, answerRow{step: i, marker: marker})
	}
	return rows
}

func hasFollowUps(a quiz.Answers, bank []quiz.Question) bool {
	for _, r := range answerRows(a, bank) {
		if r.marker == "↳" {
			return true
		}
	}
	return false
}

// labelOf is how an answer to q reads: its option's label; for a many
// question the labels of the options chosen, or "None of these" in tr's
// language.
func labelOf(tr *locale.Printer, q quiz.Question, v string) string {
	if !q.Many() {
		if o, ok := q.Option(v); ok {
			return o.Label
		}
		return v
	}
	vs := quiz.SplitValues(v)
	if len(vs) == 0 {
		return tr.T("answers.none")
	}
	labels := make([]string, len(vs))
	for i, x := range vs {
		labels[i] = x
		if o, ok := q.Option(x); ok {
			labels[i] = o.Label
		}
	}
	return strings.Join(labels, ", ")
}

// answerList lists the answers to the questions asked, in bank order, with
// each follow-up under the question it follows; numbered when they can be
// changed by number. It returns the rows with the lines each is drawn on.
func answerList(tr *locale.Printer, a quiz.Answers, bank []quiz.Question, st *Styles, width int, numbered bool) (string, []answerRow) {
	rows := answerRows(a, bank)
	nameW := 0
	name := func(r answerRow) string {
		if r.marker == "↳" {
			return "↳ " + bank[r.step].Short
		}
		return bank[r.step].Short
	}
	for _, r := range rows {
		nameW = max(nameW, lipgloss.Width(name(r)))
	}
	var lines []string
	at := 0
	for i, r := range rows {
		q := bank[r.step]
		label := labelOf(tr, q, a[q.ID])
		prefix := "  "
		if numbered && r.marker != "↳" {
			prefix = st.Key.Render(fmt.Sprintf("%-1s", r.marker)) + " "
		}
		n := name(r)
		padded := n + strings.Repeat(" ", nameW-lipgloss.Width(n))
		line := prefix + st.Dim.Render(padded) + "  " + st.Text.Render(label)
		if lipgloss.Width(line) > width {
			line = prefix + st.Dim.Render(n) + "\n" + st.Text.Render(ansi.Wrap("    "+label, width, ""))
		}
		rows[i].line, rows[i].lines = at, lipgloss.Height(line)
		at += rows[i].lines
		lines = append(lines, line)
	}
	return strings.Join(lines, "\n"), rows
}
