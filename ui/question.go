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
//
// The form is built only when a key needs it: until then the screen is the
// form's first drawing, shared through a Drawings by every quiz that draws
// the same question alike, and a number or a tap answers without a form.
type question struct {
	step    int
	q       quiz.Question
	form    *huh.Form // nil until built
	value   *string
	purpose purpose

	// What the form is built from, and the screen shown until it is.
	st            *Styles
	width, height int
	detail        int
	first         string
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

// newQuestion shows q with the cursor on current (on the first option if
// current is none of them, and then that is the value, as huh has it), as
// large as fits in width × height: option descriptions and the question's
// "why" are dropped on screens too short for them. A cached first drawing
// is used when cache has one.
func newQuestion(step int, q quiz.Question, current string, p purpose, st *Styles, width, height int, cache *Drawings) question {
	selected := 0
	for i, o := range q.Options {
		if o.Value == current {
			selected = i
			break
		}
	}
	value := new(string)
	if len(q.Options) > 0 {
		*value = q.Options[selected].Value
	}
	qu := question{step: step, q: q, value: value, purpose: p, st: st, width: width, height: height}
	key := drawKey{styles: st.id, what: fingerprint(q), selected: selected, width: width, height: height}
	cacheable := cache != nil && st.id != ""
	if cacheable {
		if s, ok := cache.get(key); ok {
			qu.first, qu.detail = s.view, s.detail
			return qu
		}
	}
	for qu.detail = 2; ; qu.detail-- {
		var h int
		qu.form, h = buildForm(q, value, qu.detail, *st, width)
		if h <= height || qu.detail == -1 {
			break
		}
	}
	qu.start()
	qu.first = qu.form.View()
	if cacheable {
		cache.put(key, drawing{view: qu.first, detail: qu.detail})
	}
	return qu
}

// build makes the form, at the level of detail chosen for the screen, and
// starts it.
func (q *question) build() {
	q.form, _ = buildForm(q.q, q.value, q.detail, *q.st, q.width)
	q.start()
}

// start focuses the form's Select and draws it. huh's Init also returns
// two messages for the form: one that re-reads titles and options given as
// functions, and a request for the window's size. These forms have neither
// (their text is fixed and their size set when built), and each message
// would cost the form, and the screen drawn after it, a whole render, so
// they are not sent.
func (q *question) start() { _ = q.form.Init() }

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

// Update passes msg to the form, building it first if need be.
func (q question) Update(msg tea.Msg) (question, tea.Cmd) {
	if q.form == nil {
		q.build()
	}
	m, cmd := q.form.Update(msg)
	if f, ok := m.(*huh.Form); ok {
		q.form = f
	}
	return q, cmd
}

// done reports whether the person chose an answer in the form.
func (q question) done() bool { return q.form != nil && q.form.State == huh.StateCompleted }

// View is the form, or its first drawing while there is no form.
func (q question) View() string {
	if q.form == nil {
		return q.first
	}
	return q.form.View()
}
