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
	scroller
}

func newResults(rec rules.Recommendation, bank []quiz.Question, st Styles, width, height int) results {
	return results{rec: rec, scroller: newScroller(resultsContent(rec, bank, st, width), width, height)}
}

// resize lays the results out again for a new size, keeping the scroll
// position where it can.
func (r results) resize(bank []quiz.Question, st Styles, width, height int) results {
	r.scroller = r.relaid(resultsContent(r.rec, bank, st, width), width, height)
	return r
}

// Update scrolls.
func (r results) Update(msg tea.Msg) (results, tea.Cmd) {
	var cmd tea.Cmd
	r.scroller, cmd = r.scroller.Update(msg)
	return r, cmd
}

func resultsContent(rec rules.Recommendation, bank []quiz.Question, st Styles, width int) string {
	var b strings.Builder
	b.WriteString(report.Render(rec, st.Report, width))
	b.WriteString("\n\n" + st.Heading.Render("Your answers") + "\n")
	b.WriteString(st.Dim.Render(ansi.Wrap("Press a number to change that answer; the results update.", width, "")) + "\n")
	b.WriteString(answerList(rec.Answers, bank, st, width, true))
	return b.String()
}

// answerList lists the answers in bank order, numbered when they can be
// changed by number.
func answerList(a quiz.Answers, bank []quiz.Question, st Styles, width int, numbered bool) string {
	nameW := 0
	for _, q := range bank {
		nameW = max(nameW, lipgloss.Width(q.Short))
	}
	var lines []string
	for i, q := range bank {
		label := a[q.ID]
		if o, ok := q.Option(a[q.ID]); ok {
			label = o.Label
		}
		prefix := "  "
		if numbered {
			prefix = st.Key.Render(fmt.Sprintf("%d", i+1)) + " "
		}
		name := q.Short + strings.Repeat(" ", nameW-lipgloss.Width(q.Short))
		line := prefix + st.Dim.Render(name) + "  " + st.Text.Render(label)
		if lipgloss.Width(line) > width {
			line = prefix + st.Dim.Render(q.Short) + "\n    " + st.Text.Render(label)
		}
		lines = append(lines, line)
	}
	return strings.Join(lines, "\n")
}
