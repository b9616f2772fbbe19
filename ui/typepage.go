package ui

import (
	"fmt"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/rules"
	"github.com/jewelquiz/jewelquiz/ui/report"
)

// typeQuestion is the list of types to read about, as a question whose
// answers are type ids; with results, each option shows its score.
func typeQuestion(rb *rules.Rulebook, rec *rules.Recommendation) quiz.Question {
	q := quiz.Question{ID: "explore", Title: "Which type would you like to read about?", Why: "Each page says how it is made, how it comes off, and who it suits."}
	if rec != nil {
		q.Title = "Which type would you like to look at?"
		q.Why = "Each page shows why it scored what it did for you."
	}
	for _, t := range rb.Types {
		o := quiz.Option{Value: t.ID, Label: t.Name, Description: t.Summary}
		if rec != nil {
			for _, r := range rec.Ranking {
				if r.Type == t.ID {
					o.Label = fmt.Sprintf("%s · %d", t.Name, r.Score)
					if r.Excluded {
						o.Label = t.Name + " · ruled out"
					}
				}
			}
		}
		q.Options = append(q.Options, o)
	}
	return q
}

// typePage shows one type: for a customer with results, why it scored what
// it did first, then its catalog page, in a scrolling viewport.
type typePage struct {
	typeID string
	name   string
	scroller
}

func newTypePage(id string, rb *rules.Rulebook, rec *rules.Recommendation, st Styles, width, height int) typePage {
	p := typePage{typeID: id, scroller: newScroller(typeContent(id, rb, rec, st, width), width, height)}
	if t, ok := rb.Type(id); ok {
		p.name = t.Name
	}
	return p
}

func (p typePage) resize(rb *rules.Rulebook, rec *rules.Recommendation, st Styles, width, height int) typePage {
	p.scroller = p.relaid(typeContent(p.typeID, rb, rec, st, width), width, height)
	return p
}

// Update scrolls.
func (p typePage) Update(msg tea.Msg) (typePage, tea.Cmd) {
	var cmd tea.Cmd
	p.scroller, cmd = p.scroller.Update(msg)
	return p, cmd
}

func typeContent(id string, rb *rules.Rulebook, rec *rules.Recommendation, st Styles, width int) string {
	t, ok := rb.Type(id)
	if !ok {
		return st.Warning.Render("This type is not in the rulebook.")
	}
	page := report.TypePage(t, rb, st.Report, width)
	if rec == nil {
		return page
	}
	for _, r := range rec.Ranking {
		if r.Type == id {
			return report.Trace(r, rb, st.Report, width) + "\n\n" +
				st.Dim.Render(wrapText(fmt.Sprintf("Press a number (%s, as your answers are numbered on the results) to see what another answer would change.", changeRange(rb.Bank())), width)) + "\n\n" + page
		}
	}
	return page
}
