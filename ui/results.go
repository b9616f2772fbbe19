package ui

import (
	"fmt"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/rules"
	"github.com/jewelquiz/jewelquiz/ui/report"
)

// results shows the recommendation and the answers it came from, in a
// scrolling view.
type results struct {
	rec rules.Recommendation
	// notice says what the last change of an answer changed, "" if none.
	notice string
	scroller
}

func newResults(rec rules.Recommendation, notice string, bank []quiz.Question, st Styles, width, height int) results {
	return results{rec: rec, notice: notice, scroller: newScroller(resultsContent(rec, notice, bank, st, width), width, height)}
}

// changeNotice says in one line what changing an answer did to the
// results: a new pick, or the pick's score before and after.
func changeNotice(before *rules.Recommendation, after rules.Recommendation) string {
	if before == nil {
		return ""
	}
	name := func(r rules.Recommendation) string {
		if r.Pick == "" {
			return "no type"
		}
		return r.Ranking[0].Name
	}
	switch {
	case before.Pick != after.Pick && after.Pick == "":
		return fmt.Sprintf("Every type is now ruled out (first was %s).", name(*before))
	case before.Pick != after.Pick:
		return fmt.Sprintf("Your first match changed: %s (was %s).", name(after), name(*before))
	case after.Pick == "":
		return "Every type is still ruled out."
	}
	was, now := before.Ranking[0].Score, after.Ranking[0].Score
	if was == now {
		return fmt.Sprintf("%s stays first, at %d/100.", name(after), now)
	}
	return fmt.Sprintf("%s stays first: %d/100 → %d/100.", name(after), was, now)
}

// resize lays the results out again for a new size, keeping the scroll
// position where it can.
func (r results) resize(bank []quiz.Question, st Styles, width, height int) results {
	r.scroller = r.relaid(resultsContent(r.rec, r.notice, bank, st, width), width, height)
	return r
}

// Update scrolls.
func (r results) Update(msg tea.Msg) (results, tea.Cmd) {
	var cmd tea.Cmd
	r.scroller, cmd = r.scroller.Update(msg)
	return r, cmd
}

func resultsContent(rec rules.Recommendation, notice string, bank []quiz.Question, st Styles, width int) string {
	var b strings.Builder
	if notice != "" {
		b.WriteString(st.Heading.Render(ansi.Wrap(notice, width, "")) + "\n\n")
	}
	b.WriteString(report.Render(rec, st.Report, width))
	b.WriteString("\n\n" + st.Heading.Render("Your answers") + "\n")
	hint := "Press a number to change that answer; the results update."
	if hasFollowUps(rec.Answers, bank) {
		hint = "Press a number to change that answer; the results update. A ↳ follow-up is asked again after the answer above it, or tap it to change it alone."
	}
	b.WriteString(st.Dim.Render(ansi.Wrap(hint, width, "")) + "\n")
	b.WriteString(answerList(rec.Answers, bank, st, width, true))
	return b.String()
}

// answerRow is one row of a list of answers: the question at step of the
// bank, and what marks it: its change key, "↳" for a follow-up, or "" when
// it has no key.
type answerRow struct {
	step   int
	marker string
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

// answerLabel is how an answer to q reads: its option's label; for a many
// question the labels of the options chosen, or "None of these".
func answerLabel(q quiz.Question, v string) string {
	if !q.Many() {
		if o, ok := q.Option(v); ok {
			return o.Label
		}
		return v
	}
	vs := quiz.SplitValues(v)
	if len(vs) == 0 {
		return "None of these"
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
// changed by number.
func answerList(a quiz.Answers, bank []quiz.Question, st Styles, width int, numbered bool) string {
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
	for _, r := range rows {
		q := bank[r.step]
		label := answerLabel(q, a[q.ID])
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
		lines = append(lines, line)
	}
	return strings.Join(lines, "\n")
}
