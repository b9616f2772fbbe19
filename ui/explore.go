package ui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/rules"
	"github.com/jewelquiz/jewelquiz/ui/locale"
)

// exploreScreen lists the types to read about: with results, in score
// order with each score, the cursor on the pick (or the type last read).
type exploreScreen struct {
	list quiz.Question
	from string
	f    field
	laid bool
}

func newExploreScreen(s *shared, typeID string) *exploreScreen {
	if typeID == "" && s.rec != nil {
		typeID = s.rec.Pick
	}
	return &exploreScreen{list: typeList(s.tr, s.rb, s.rec), from: typeID}
}

// typeList is the list of types as a question whose answers are type ids,
// in tr's language (rb's words are in it already).
func typeList(tr *locale.Printer, rb *rules.Rulebook, rec *rules.Recommendation) quiz.Question {
	q := quiz.Question{ID: "explore", Title: tr.T("explore.title"), Why: tr.T("explore.why")}
	if rec == nil {
		for _, t := range rb.Types {
			q.Options = append(q.Options, quiz.Option{Value: t.ID, Label: t.Name, Description: t.Summary})
		}
		return q
	}
	q.Title = tr.T("explore.title_results")
	q.Why = tr.T("explore.why_results")
	for _, r := range rec.Ranking {
		label := tr.F("explore.scored", "Name", r.Name, "Score", r.Score)
		if r.Excluded {
			label = tr.F("explore.ruled_out", "Name", r.Name)
		}
		summary := ""
		if t, ok := rb.Type(r.Type); ok {
			summary = t.Summary
		}
		q.Options = append(q.Options, quiz.Option{Value: r.Type, Label: label, Description: summary})
	}
	return q
}

func (e *exploreScreen) name() string                      { return "explore" }
func (e *exploreScreen) header(s *shared) (string, string) { return s.tr.T("explore.header"), "" }

func (e *exploreScreen) layout(s *shared, width, height int) {
	from := e.from
	if e.laid {
		from = e.f.answer()
	}
	e.f = newField(e.list, from, s.st, s.formKeys, s.tr, width, height, s.drawn)
	e.laid = true
}

func (e *exploreScreen) body(*shared) string { return e.f.View() }

func (e *exploreScreen) taps(s *shared) []area {
	return optionAreas(e.f.optionRows(), contentWidth(s.width))
}

func (e *exploreScreen) keys(s *shared) screenKeys {
	open := s.tr.T("keys.open")
	return screenKeys{move: s.tr.T("keys.move"), back: s.tr.T("keys.back"), primary: []key.Binding{
		with(s.keys.Choose, open), numbered(with(s.keys.Number, open), len(e.list.Options)),
	}}
}

func (e *exploreScreen) buttons(s *shared) []button {
	return []button{{s.keys.Back}}
}

func (e *exploreScreen) update(s *shared, msg tea.Msg) (move, tea.Cmd) {
	switch msg := msg.(type) {
	case pickMsg:
		return e.open(msg.i), nil
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, s.keys.Back):
			if s.rec != nil {
				return move{to: toResults}, nil
			}
			return move{to: toWelcome}, nil
		case msg.Type == tea.KeyRunes && len(msg.Runes) == 1 && msg.Runes[0] >= '1' && msg.Runes[0] <= '9':
			return e.open(int(msg.Runes[0] - '1')), nil
		}
	}
	var cmd tea.Cmd
	e.f, cmd = e.f.Update(msg)
	if e.f.done() {
		return move{to: toType, typeID: e.f.answer()}, cmd
	}
	return move{}, cmd
}

// open opens the type of option i.
func (e *exploreScreen) open(i int) move {
	if i < 0 || i >= len(e.list.Options) {
		return move{}
	}
	return move{to: toType, typeID: e.list.Options[i].Value}
}
