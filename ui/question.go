package ui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"
	"github.com/jewelquiz/jewelquiz/quiz"
)

// question asks one question of the bank with a huh form of one Select.
// The form writes to value, which lives on the heap so copies of the
// component share it; the root commits it to the answers on completion.
type question struct {
	step    int
	q       quiz.Question
	form    *huh.Form
	value   *string
	purpose purpose
}

// purpose is what a question screen is for, which decides where its
// answer goes.
type purpose int

const (
	// askQuiz is a question of the quiz, in order.
	askQuiz purpose = iota
	// askChange changes one answer from the results.
	askChange
	// askWhatIf tries another answer without keeping it yet.
	askWhatIf
	// askType picks a type to read about.
	askType
)

// newQuestion builds the form for q, with current preselected, as large as
// fits in width × height: option descriptions and the question's "why" are
// dropped on screens too short for them.
func newQuestion(step int, q quiz.Question, current string, p purpose, st Styles, width, height int) question {
	value := new(string)
	*value = current
	var form *huh.Form
	for detail := 2; detail >= -1; detail-- {
		var h int
		form, h = buildForm(q, value, detail, st, width)
		if h <= height {
			break
		}
	}
	return question{step: step, q: q, form: form, value: value, purpose: p}
}

// buildForm makes the form at a level of detail (2: everything, 1: no
// option descriptions, 0: nor the question's why, -1: nor its title, which
// the header then stands in for) and returns its height.
func buildForm(q quiz.Question, value *string, detail int, st Styles, width int) (*huh.Form, int) {
	opts := make([]huh.Option[string], len(q.Options))
	for i, o := range q.Options {
		label := o.Label
		if detail == 2 {
			label += "\n" + st.Dim.Render(o.Description)
		}
		opts[i] = huh.NewOption(label, o.Value)
	}
	// The group is made while the Select is still empty: NewGroup measures
	// its fields at once, before any width or theme is known, and a
	// measure of an empty Select costs next to nothing. Everything the
	// Select shows is set after, at the width it will be drawn at.
	sel := huh.NewSelect[string]()
	sel.WithTheme(st.Form)
	sel.WithWidth(width)
	form := huh.NewForm(huh.NewGroup(sel)).
		WithTheme(st.Form).
		WithKeyMap(formKeyMap()).
		WithShowHelp(false).
		WithWidth(width)
	if detail >= 0 {
		sel.Title(q.Title)
	}
	if detail >= 1 {
		sel.Description(q.Why)
	}
	// Options before Value: a preselected value then moves the cursor
	// without scrolling earlier options out of sight (huh #679).
	sel.Options(opts...).Value(value)
	h := lipgloss.Height(sel.View())
	// A height the content fits in keeps huh from shrinking the Select into
	// a scrolling viewport, which pins the cursor (huh #724).
	form.WithHeight(h)
	return form, h
}

// formKeyMap is huh's keymap with everything that could leave the quiz or
// start another program switched off; the root model owns quitting and
// going back.
func formKeyMap() *huh.KeyMap {
	km := huh.NewDefaultKeyMap()
	km.Quit = key.NewBinding(key.WithDisabled())
	km.Select.Filter.SetEnabled(false)
	km.Select.Prev.SetEnabled(false)
	km.Text.Editor.SetEnabled(false)
	km.Input.AcceptSuggestion.SetEnabled(false)
	return km
}

// Init focuses the form's Select and draws it. huh's Init also returns
// two messages for the form: one that re-reads titles and options given as
// functions, and a request for the window's size. These forms have neither
// (their text is fixed and their size set when built), and each message
// would cost the form, and the screen drawn after it, a whole render, so
// they are not sent.
func (q question) Init() tea.Cmd {
	_ = q.form.Init()
	return nil
}

// Update passes msg to the form.
func (q question) Update(msg tea.Msg) (question, tea.Cmd) {
	m, cmd := q.form.Update(msg)
	if f, ok := m.(*huh.Form); ok {
		q.form = f
	}
	return q, cmd
}

// done reports whether the person chose an answer.
func (q question) done() bool { return q.form.State == huh.StateCompleted }

func (q question) View() string { return q.form.View() }
