package ui

import (
	"fmt"
	"io"
	"reflect"
	"slices"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/jewelquiz/jewelquiz/quiz"
	"github.com/jewelquiz/jewelquiz/rules"
	"github.com/jewelquiz/jewelquiz/ui/locale"
	"github.com/muesli/termenv"
)

// plainStyles draws without colour, so screens do not depend on the machine.
func plainStyles(t testing.TB) Styles {
	t.Helper()
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.Ascii)
	st, err := NewStyles(r, "charm")
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// testRulebook is the default rulebook, for helpers that have no
// testing.TB to fail; its bank is what every quiz built by newSized asks.
var testRulebook = func() *rules.Rulebook {
	rb, err := rules.Default()
	if err != nil {
		panic(err)
	}
	return rb
}()

// testBank is the default rulebook's questions.
var testBank = testRulebook.Bank()

func defaultRulebook(t testing.TB) *rules.Rulebook {
	t.Helper()
	rb, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	return rb
}

// newSized returns a quiz model that has been told its window size.
func newSized(t testing.TB, w, h int) *Model {
	t.Helper()
	return newSizedIn(t, locale.English, w, h)
}

// newSizedIn is newSized speaking lang from the start.
func newSizedIn(t testing.TB, lang locale.Lang, w, h int) *Model {
	t.Helper()
	m := New(defaultRulebook(t), plainStyles(t), Config{Lang: lang})
	m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return m
}

var sequenceType = reflect.TypeOf(tea.Sequence(func() tea.Msg { return nil }, func() tea.Msg { return nil })())

// deliver runs cmd as bubbletea would and feeds its messages back to m,
// drawing the screen after each as bubbletea does, and skipping anything
// that only talks to the terminal.
func deliver(m *Model, cmd tea.Cmd, depth int) {
	if cmd == nil || depth > 30 {
		return
	}
	msg := cmd()
	switch msg := msg.(type) {
	case nil:
		return
	case tea.BatchMsg:
		for _, c := range msg {
			deliver(m, c, depth+1)
		}
		return
	case tea.QuitMsg:
		return
	}
	if v := reflect.ValueOf(msg); v.Type() == sequenceType {
		for i := 0; i < v.Len(); i++ {
			deliver(m, v.Index(i).Interface().(tea.Cmd), depth+1)
		}
		return
	}
	_, next := m.Update(msg)
	_ = m.View()
	deliver(m, next, depth+1)
}

// press sends keys to m one at a time, running the commands they return.
// Keys are bubbletea key names ("enter", "down", "shift+tab") or single runes.
func press(m *Model, keys ...string) {
	for _, k := range keys {
		_, cmd := m.Update(keyMsg(k))
		deliver(m, cmd, 0)
	}
}

func keyMsg(k string) tea.KeyMsg { return keyNamed(k) }

// checkFits fails if any line of view is wider than width or the view has
// more than height lines.
func checkFits(t *testing.T, what, view string, width, height int) {
	t.Helper()
	if view == "" {
		return
	}
	lines := strings.Split(view, "\n")
	if len(lines) > height {
		t.Fatalf("%s at %dx%d: %d lines, more than the height", what, width, height, len(lines))
	}
	for i, l := range lines {
		if w := ansi.StringWidth(l); w > width {
			t.Fatalf("%s at %dx%d: line %d is %d cells wide:\n%q", what, width, height, i+1, w, l)
		}
	}
}

// shownQuestion is the id of the question on m's screen, found by its
// options drawn as the form draws them (in the language m speaks), or ""
// when none is.
func shownQuestion(m *Model) string {
	lines := strings.Split(ansi.Strip(m.View()), "\n")
	for _, q := range m.bank {
		all := true
		for _, o := range q.Options {
			found := false
			for _, l := range lines {
				if optionRow(l, o.Label) {
					found = true
					break
				}
			}
			if !found {
				all = false
				break
			}
		}
		if all {
			return q.ID
		}
	}
	return ""
}

// answerBy answers the questions shown, in turn, as a person types them:
// one token per question asked, a number for a one question and for a many
// question the numbers to tick, separated by commas, or 0 for none of
// them (then enter).
func answerBy(m *Model, tokens string) {
	for _, tok := range strings.Fields(tokens) {
		id := shownQuestion(m)
		q, _ := findQuestion(m.bank, id)
		if !q.Many() {
			press(m, tok)
			continue
		}
		for _, n := range strings.Split(tok, ",") {
			if n != "0" {
				press(m, n)
			}
		}
		press(m, "enter")
	}
}

// answerUntil answers question after question until id shows: each by its
// first option (none of a many question), or by the first that makes id
// apply when id follows it.
func answerUntil(t *testing.T, m *Model, id string) {
	t.Helper()
	for range len(testBank) + 1 {
		cur := shownQuestion(m)
		if cur == id {
			return
		}
		q, ok := findQuestion(m.bank, cur)
		if !ok {
			t.Fatalf("no question on screen on the way to %s:\n%s", id, m.View())
		}
		want, _ := findQuestion(m.bank, id)
		switch {
		case q.Many():
			press(m, "enter")
		case want.AskIf != nil && want.AskIf.Question == q.ID:
			for i, o := range q.Options {
				if slices.Contains(want.AskIf.AnyOf, o.Value) {
					press(m, fmt.Sprint(i+1))
					break
				}
			}
		default:
			press(m, "1")
		}
	}
	t.Fatalf("%s never showed:\n%s", id, m.View())
}

func findQuestion(bank []quiz.Question, id string) (quiz.Question, bool) {
	return quiz.Find(bank, id)
}

// header is the first line of m's screen.
func header(m *Model) string {
	return strings.SplitN(ansi.Strip(m.View()), "\n", 2)[0]
}

// wholePage is the screen showing drawn w × MaxHeight, to see all of a
// page that scrolls; m is then put back at w × h.
func wholePage(m *Model, w, h int) string {
	m.Update(tea.WindowSizeMsg{Width: w, Height: MaxHeight})
	v := m.View()
	m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return v
}

// typeKey is the number that opens type id in the list of types: in score
// order once there are results, else in the rulebook's order.
func typeKey(m *Model, id string) string {
	if rec, ok := m.Recommendation(); ok {
		for i, r := range rec.Ranking {
			if r.Type == id {
				return fmt.Sprint(i + 1)
			}
		}
	}
	for i, t := range testRulebook.Types {
		if t.ID == id {
			return fmt.Sprint(i + 1)
		}
	}
	return ""
}

// optionRow reports whether line starts an option labelled label, as huh
// draws it: the form's border, then only the cursor and tick marks, then
// the label, alone on its line.
func optionRow(line, label string) bool {
	_, rest, ok := strings.Cut(line, "┃")
	if !ok {
		return false
	}
	i := strings.Index(rest, label)
	if i < 0 {
		return false
	}
	marks := strings.TrimSpace(rest[:i])
	after := strings.TrimSpace(rest[i+len(label):])
	return strings.Trim(marks, ">✓•[]x ") == "" && ansi.StringWidth(rest[:i]) <= 8 && after == ""
}

// answerLabel is how an answer to q reads in English (see labelOf).
func answerLabel(q quiz.Question, v string) string {
	return labelOf(locale.For(locale.English), q, v)
}
