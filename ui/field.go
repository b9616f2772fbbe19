package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/cellbuf"
	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/ui/locale"
)

// field asks one question with a huh form of one Select (or MultiSelect).
// The form writes to value, which lives on the heap so copies of the
// component share it; the question screen takes it on completion.
//
// The form is built only when a key needs it. Until then the screen is a
// drawing of the form with the cursor where it is, shared through Drawings
// by every quiz that draws the same question alike: the up and down keys
// of huh's Select move the cursor from one such drawing to the next, enter
// chooses, and a number or a tap answers, all without a form. Any other
// key builds the form with the cursor where it is, in the state huh's own
// keys would have left it (its options always fit, so nothing scrolls),
// and the form takes over.
//
// A many question is a huh MultiSelect, built at once and not shared: space
// ticks the option under the cursor, a number or a tap ticks that option,
// and enter answers with the options ticked, none of them included.
type field struct {
	q     quiz.Question
	form  *huh.Form // nil while the screen is a shared drawing
	value *string
	// ticked holds a many question's ticked values, as the form keeps them.
	ticked *[]string
	// chosen is set when enter chose the option under the cursor before
	// there was a form.
	chosen bool

	// What the form is built from, and the drawing shown until it is.
	st            *Styles
	keys          *huh.KeyMap
	tr            *locale.Printer // the quiz's own words, as the hints
	drawn         *Drawings
	print         string // the question's fingerprint
	width, height int
	detail        int // the level of detail that fits; unknown below -1
	// tall is how many lines the form draws (its options never scroll,
	// and its height only changes when it is built again).
	tall     int
	selected int // the option under the cursor
	drawing  string
}

// newField shows q, in tr's language, with the cursor on current (on the first option if
// current is none of them, and then that is the value, as huh has it), as
// large as fits in width × height: option descriptions and the question's
// "why" are dropped on screens too short for them.
func newField(q quiz.Question, current string, st *Styles, keys *huh.KeyMap, tr *locale.Printer, width, height int, drawn *Drawings) field {
	selected := 0
	for i, o := range q.Options {
		if o.Value == current {
			selected = i
			break
		}
	}
	qu := field{q: q, value: new(string), st: st, keys: keys, tr: tr, drawn: drawn, width: width, height: height, detail: -2}
	if q.Many() {
		*qu.value = current
		qu.ticked = new([]string)
		*qu.ticked = quiz.SplitValues(current)
		qu.build()
		// huh puts the cursor on the first option ticked and scrolls it to
		// the top, hiding the options above: start at the first instead.
		qu, _ = qu.Update(tea.KeyMsg{Type: tea.KeyHome})
		return qu
	}
	if drawn != nil && st.id != "" {
		qu.print = fingerprint(q)
	}
	qu.show(selected)
	return qu
}

// show puts the cursor on option i: a shared drawing when there is one,
// or else a form built with its cursor there, whose first drawing is then
// shared.
func (q *field) show(i int) {
	q.selected = i
	if len(q.q.Options) > 0 {
		*q.value = q.q.Options[i].Value // as huh's Select keeps it
	}
	k := drawKey{styles: q.st.id, lang: q.tr.Lang(), what: q.print, selected: i, width: q.width, height: q.height}
	if q.print != "" {
		if d, ok := q.drawn.get(k); ok {
			q.drawing, q.detail = d.view, d.detail
			q.tall = strings.Count(d.view, "\n") + 1
			return
		}
	}
	q.build()
	if q.print != "" {
		q.drawn.put(k, drawing{view: q.form.View(), detail: q.detail})
	}
}

// build makes the form with the cursor where it is, at the level of detail
// that fits the screen (found first, if not known yet), and starts it.
func (q *field) build() {
	if q.detail < -1 {
		for q.detail = 2; ; q.detail-- {
			var h int
			q.form, h = buildForm(q.q, q.value, q.ticked, q.detail, q.st, q.keys, q.tr, q.width)
			q.tall = h
			if h <= q.height || q.detail == -1 {
				break
			}
		}
	} else {
		q.form, q.tall = buildForm(q.q, q.value, q.ticked, q.detail, q.st, q.keys, q.tr, q.width)
	}
	q.start()
}

// start focuses the form's Select and draws it. huh's Init also returns
// two messages for the form: one that re-reads titles and options given as
// functions, and a request for the window's size. These forms have neither
// (their text is fixed and their size set when built), and each message
// would cost the form, and the screen drawn after it, a whole render, so
// they are not sent.
func (q *field) start() { _ = q.form.Init() }

// buildForm makes the form at a level of detail (2: everything, 1: no
// option descriptions, 0: nor the question's why, -1: nor its title, which
// the header then stands in for) and returns its height. A many question
// keeps what enter with nothing ticked means at every level.
func buildForm(q quiz.Question, value *string, ticked *[]string, detail int, st *Styles, keys *huh.KeyMap, tr *locale.Printer, width int) (*huh.Form, int) {
	if q.Many() {
		return buildMulti(q, ticked, detail, st, keys, tr, width)
	}
	opts := formOptions(q, detail, st)
	sel := huh.NewSelect[string]()
	form := oneFieldForm(sel, st, keys, width)
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

// buildMulti is buildForm for a many question: a MultiSelect writing the
// ticked values to ticked, with a hint that tells how to answer with none
// of its options (shorter on narrow screens, in one line).
func buildMulti(q quiz.Question, ticked *[]string, detail int, st *Styles, keys *huh.KeyMap, tr *locale.Printer, width int) (*huh.Form, int) {
	opts := formOptions(q, detail, st)
	sel := huh.NewMultiSelect[string]()
	form := oneFieldForm(sel, st, keys, width)
	if detail >= 0 {
		sel.Title(q.Title)
	}
	hint := tr.T("question.none_hint")
	if lipgloss.Width(hint) > width-2 { // the form's border takes two
		hint = tr.T("question.none_hint_short")
	}
	desc := hint
	if detail >= 1 {
		desc = q.Why + "\n" + hint
	}
	sel.Description(desc)
	sel.Filterable(false)
	// Value before Options: the options then come up ticked as the answer
	// has them, with the cursor on the first one ticked.
	sel.Value(ticked).Options(opts...)
	h := lipgloss.Height(sel.View())
	form.WithHeight(h)
	return form, h
}

// formOptions are q's options as huh shows them: the label, and under it
// the description at the fullest level of detail.
func formOptions(q quiz.Question, detail int, st *Styles) []huh.Option[string] {
	opts := make([]huh.Option[string], len(q.Options))
	for i, o := range q.Options {
		label := o.Label
		if detail == 2 {
			label += "\n" + st.Dim.Render(o.Description)
		}
		opts[i] = huh.NewOption(label, o.Value)
	}
	return opts
}

// oneFieldForm puts a field, still empty, in a form of its own, themed and
// at the width it will be drawn at. The group is made while the field is
// empty: NewGroup measures its fields at once, before any width or theme
// is known, and a measure of an empty field costs next to nothing.
// Everything the field shows is set after.
func oneFieldForm(f huh.Field, st *Styles, keys *huh.KeyMap, width int) *huh.Form {
	f.WithTheme(st.Form)
	f.WithWidth(width)
	return huh.NewForm(huh.NewGroup(f)).
		WithTheme(st.Form).
		WithKeyMap(keys).
		WithShowHelp(false).
		WithWidth(width)
}

// formKeyMap is huh's keymap with everything that could leave the quiz or
// start another program switched off (the root model owns quitting and
// going back), and the help of the keys a question uses in p's language.
func formKeyMap(p *locale.Printer) *huh.KeyMap {
	km := huh.NewDefaultKeyMap()
	say := func(b *key.Binding, id string) { b.SetHelp(b.Help().Key, p.T(id)) }
	for _, b := range []struct {
		b  *key.Binding
		id string
	}{
		{&km.Select.Up, "keys.form.up"}, {&km.Select.Down, "keys.form.down"},
		{&km.Select.Next, "keys.form.select"}, {&km.Select.Submit, "keys.form.submit"},
		{&km.Select.GotoTop, "keys.form.top"}, {&km.Select.GotoBottom, "keys.form.bottom"},
		{&km.Select.HalfPageUp, "keys.form.half_up"}, {&km.Select.HalfPageDown, "keys.form.half_down"},
		{&km.MultiSelect.Up, "keys.form.up"}, {&km.MultiSelect.Down, "keys.form.down"},
		{&km.MultiSelect.Next, "keys.form.confirm"}, {&km.MultiSelect.Submit, "keys.form.submit"},
		{&km.MultiSelect.Toggle, "keys.form.toggle"},
		{&km.MultiSelect.GotoTop, "keys.form.top"}, {&km.MultiSelect.GotoBottom, "keys.form.bottom"},
		{&km.MultiSelect.HalfPageUp, "keys.form.half_up"}, {&km.MultiSelect.HalfPageDown, "keys.form.half_down"},
		{&km.MultiSelect.SelectAll, "keys.form.select_all"}, {&km.MultiSelect.SelectNone, "keys.form.select_none"},
	} {
		say(b.b, b.id)
	}
	km.Quit = key.NewBinding(key.WithDisabled())
	km.Select.Filter.SetEnabled(false)
	km.Select.Prev.SetEnabled(false)
	km.MultiSelect.Filter.SetEnabled(false)
	km.MultiSelect.Prev.SetEnabled(false)
	km.Text.Editor.SetEnabled(false)
	km.Input.AcceptSuggestion.SetEnabled(false)
	return km
}

// Update moves the cursor or chooses, as huh's Select does with those
// keys, while there is no form; any other message builds the form and
// goes to it.
func (q field) Update(msg tea.Msg) (field, tea.Cmd) {
	if q.form == nil {
		k, isKey := msg.(tea.KeyMsg)
		n := len(q.q.Options)
		switch {
		case !isKey || n == 0:
		case key.Matches(k, q.keys.Select.Up):
			q.show((q.selected + n - 1) % n)
			return q, nil
		case key.Matches(k, q.keys.Select.Down):
			q.show((q.selected + 1) % n)
			return q, nil
		case key.Matches(k, q.keys.Select.Submit):
			q.chosen = true
			return q, nil
		}
		if q.form == nil {
			q.build()
		}
	}
	if k, ok := msg.(tea.KeyMsg); ok && k.Type == tea.KeyEnter {
		// The answer is chosen now, not when huh's own messages about it
		// arrive: a key typed after enter (over a slow link they come in
		// one read) is for the next question, never this one. huh keeps
		// the value and the ticks up to date as the cursor moves and
		// options are ticked.
		q.chosen = true
		return q, nil
	}
	m, cmd := q.form.Update(msg)
	if f, ok := m.(*huh.Form); ok {
		q.form = f
	}
	return q, cmd
}

// toggle ticks option i of a many question, or unticks it, with huh's own
// keys: to the top, down to the option, and space; the cursor stays there.
func (q field) toggle(i int) (field, tea.Cmd) {
	if !q.q.Many() || i < 0 || i >= len(q.q.Options) {
		return q, nil
	}
	keys := []tea.KeyMsg{{Type: tea.KeyHome}}
	for range i {
		keys = append(keys, tea.KeyMsg{Type: tea.KeyDown})
	}
	keys = append(keys, tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}})
	var cmds []tea.Cmd
	for _, k := range keys {
		var cmd tea.Cmd
		q, cmd = q.Update(k)
		cmds = append(cmds, cmd)
	}
	return q, tea.Batch(cmds...)
}

// done reports whether the person chose an answer.
func (q field) done() bool {
	return q.chosen || q.form != nil && q.form.State == huh.StateCompleted
}

// answer is the value chosen, or the options ticked so far joined as
// quiz.Answers keeps them.
func (q field) answer() string {
	if q.q.Many() && q.ticked != nil {
		return quiz.JoinValues(q.q, *q.ticked)
	}
	return *q.value
}

// anyTicked reports whether a many question has an option ticked.
func (q field) anyTicked() bool { return q.ticked != nil && len(*q.ticked) > 0 }

// View is the form, or the drawing of it while there is no form.
func (q field) View() string {
	if q.form == nil {
		return q.drawing
	}
	return q.form.View()
}

// optionRows are where each option is drawn in View: its first row and
// how many rows it takes. The options are the last rows of the field,
// each as tall as huh draws its label (a Select wraps labels to the
// field's width less its border and cursor; a MultiSelect does not).
func (q field) optionRows() [][2]int {
	if q.height <= 0 || len(q.q.Options) == 0 {
		return nil
	}
	opts := formOptions(q.q, max(q.detail, -1), q.st)
	theme := q.st.Form.Focused
	maxW := q.width - theme.Base.GetHorizontalFrameSize() - lipgloss.Width(theme.SelectSelector.String())
	heights := make([]int, len(opts))
	total := 0
	for i, o := range opts {
		if q.q.Many() {
			heights[i] = lipgloss.Height(o.Key)
		} else {
			heights[i] = lipgloss.Height(cellbuf.Wrap(o.Key, maxW, ",.-; "))
		}
		total += heights[i]
	}
	y := q.tall - total
	rows := make([][2]int, len(opts))
	for i, h := range heights {
		rows[i] = [2]int{y, h}
		y += h
	}
	return rows
}
