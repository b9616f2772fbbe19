package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/jewelquiz/jewelquiz/ui/locale"
)

// fitSizes are the sizes every screen is checked at: all widths 40..200 at
// a few heights, and all heights 12..60 at a few widths (the layout depends
// on each separately).
func fitSizes() [][2]int {
	if testing.Short() {
		return [][2]int{{40, 12}, {41, 13}, {80, 24}, {200, 60}}
	}
	var sizes [][2]int
	if raceEnabled { // the race detector looks for races, not layouts: a sample
		for _, w := range []int{MinWidth, MinWidth + 1, MinWidth + 3, 50, 61, 79, 80, 81, 120, 200} {
			for _, h := range []int{MinHeight, MinHeight + 1, 24, 60} {
				sizes = append(sizes, [2]int{w, h})
			}
		}
		return sizes
	}
	for w := MinWidth; w <= 200; w++ {
		for _, h := range []int{12, 13, 24, 60} {
			sizes = append(sizes, [2]int{w, h})
		}
	}
	for h := MinHeight; h <= 60; h++ {
		for _, w := range []int{40, 41, 79, 80, 120, 200} {
			sizes = append(sizes, [2]int{w, h})
		}
	}
	return sizes
}

// TestEveryScreenFits drives the quiz through every screen and, at each,
// resizes it to every size in fitSizes, checking that no line is wider than
// the terminal and the screen is no taller than it, in every language.
func TestEveryScreenFits(t *testing.T) {
	for _, l := range locale.Langs {
		t.Run(string(l), func(t *testing.T) { everyScreenFits(t, l) })
	}
}

func everyScreenFits(t *testing.T, lang locale.Lang) {
	sizes := fitSizes()
	m := newSizedIn(t, lang, 80, 24)
	check := func(what string) {
		t.Helper()
		for _, s := range sizes {
			m.Update(tea.WindowSizeMsg{Width: s[0], Height: s[1]})
			checkFits(t, what, m.View(), s[0], s[1])
		}
		m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	}
	check("welcome")
	press(m, "?")
	check("welcome with full help")
	press(m, "?", "enter")
	for i := 0; i < 2*len(testBank); i++ { // the second option: machine_kind is asked
		if _, ok := m.Recommendation(); ok {
			break
		}
		check(fmt.Sprintf("question %d", i+1))
		press(m, "?")
		check(fmt.Sprintf("question %d with full help", i+1))
		press(m, "?", "down", "space", "enter")
	}
	check("results")
	press(m, "pgdown", "pgdown", "pgdown")
	check("results scrolled")
	press(m, "?")
	check("results with full help")
	press(m, "?", "2")
	check("changing an answer")
	for _, step := range []struct{ keys, screen string }{
		{"esc e 1", "type"}, {"2", "question"}, {"1", "what-if"}, {"esc esc", "explore"},
	} {
		press(m, strings.Fields(step.keys)...)
		if m.Screen() != step.screen {
			t.Fatalf("%s: on %s, want %s:\n%s", step.keys, m.Screen(), step.screen, m.View())
		}
		check(step.screen)
	}
}

// TestLiveResizeFits resizes in the middle of each screen, as a tablet
// rotating would, and checks the new layout fits.
func TestLiveResizeFits(t *testing.T) {
	m := newSized(t, 200, 60)
	check := func(what string) {
		for _, s := range [][2]int{{40, 12}, {200, 60}, {57, 19}, {80, 24}} {
			m.Update(tea.WindowSizeMsg{Width: s[0], Height: s[1]})
			checkFits(t, what, m.View(), s[0], s[1])
		}
	}
	check("welcome")
	press(m, "enter", "down")
	check("question")
	if !strings.Contains(m.View(), "> Busy") {
		t.Fatalf("resizing moved the cursor off Busy:\n%s", m.View())
	}
	press(m, "enter")
	answerBy(m, "1 1 1 0 2 1 1 1 1")
	press(m, "pgdown", "pgdown")
	check("results")
}

// TestEveryOptionShows checks that every option of every question, and of
// the list of types, is on screen at once, in every language: huh sizes a
// Select's options before it knows the width, which once cut off the last
// options when their descriptions wrapped.
func TestEveryOptionShows(t *testing.T) {
	for _, l := range locale.Langs {
		t.Run(string(l), func(t *testing.T) { everyOptionShows(t, l) })
	}
}

func everyOptionShows(t *testing.T, lang locale.Lang) {
	var sizes [][2]int
	for w := MinWidth; w <= 200; w += 3 {
		sizes = append(sizes, [2]int{w, 12}, [2]int{w, 24})
	}
	if testing.Short() {
		sizes = [][2]int{{40, 12}, {80, 24}, {200, 24}}
	}
	for _, s := range sizes {
		m := newSizedIn(t, lang, s[0], s[1])
		press(m, "e")
		checkOptions(t, m, "the list of types", s)
		press(m, "esc", "enter")
		for _, q := range m.bank { // each follow-up asked on the way
			answerUntil(t, m, q.ID)
			checkOptions(t, m, q.ID, s)
		}
	}
}

func checkOptions(t *testing.T, m *Model, what string, size [2]int) {
	t.Helper()
	v := m.View()
	q, ok := findQuestion(m.bank, shownQuestion(m))
	if what == "the list of types" {
		q, ok = typeList(m.tr, m.rb, nil), true
	}
	if !ok {
		t.Fatalf("%s at %dx%d: no question on screen:\n%s", what, size[0], size[1], v)
	}
	for _, o := range q.Options {
		if !strings.Contains(v, o.Label) {
			t.Fatalf("%s at %dx%d: option %q is not on screen:\n%s", what, size[0], size[1], o.Label, v)
		}
	}
}
