package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
)

// tap is a press of the left button at x, y.
func tap(x, y int) tea.MouseMsg {
	return tea.MouseMsg{X: x, Y: y, Action: tea.MouseActionPress, Button: tea.MouseButtonLeft}
}

// findOnScreen returns the cell where text first appears on m's screen.
func findOnScreen(t *testing.T, m *Model, text string) (int, int) {
	t.Helper()
	for y, line := range strings.Split(ansi.Strip(m.View()), "\n") {
		if i := strings.Index(line, text); i >= 0 {
			return ansi.StringWidth(line[:i]), y
		}
	}
	t.Fatalf("%q is not on screen:\n%s", text, m.View())
	return 0, 0
}

// findOption returns the cell where the option labelled label starts, as
// the form draws it (the label may also appear in the question's text).
func findOption(t *testing.T, m *Model, label string) (int, int) {
	t.Helper()
	for y, line := range strings.Split(ansi.Strip(m.View()), "\n") {
		if optionRow(line, label) {
			i := strings.Index(line, label)
			return ansi.StringWidth(line[:i]), y
		}
	}
	t.Fatalf("option %q is not on screen:\n%s", label, m.View())
	return 0, 0
}

// TestTapEachOption answers every question by tapping, for each option in
// turn, on the label's row and on the row below it (the description, or
// the next label's row when descriptions are hidden), with every button of
// the mouse a tablet might send.
func TestTapEachOption(t *testing.T) {
	buttons := []tea.MouseButton{tea.MouseButtonLeft, tea.MouseButtonMiddle, tea.MouseButtonRight}
	for _, size := range [][2]int{{80, 24}, {40, 12}} {
		bank := defaultRulebook(t).Bank()
		for qi, q := range bank {
			for oi, o := range q.Options {
				t.Run(fmt.Sprintf("%dx%d/%s=%s", size[0], size[1], q.ID, o.Value), func(t *testing.T) {
					m := newSized(t, size[0], size[1])
					press(m, "enter")
					answerUntil(t, m, q.ID)
					x, y := findOption(t, m, o.Label)
					msg := tap(x+1, y)
					msg.Button = buttons[(qi+oi)%len(buttons)]
					m.Update(msg)
					if q.Many() { // a tap ticks; enter answers
						press(m, "enter")
					}
					if got := m.Answers()[q.ID]; got != o.Value {
						t.Fatalf("tapped %q: answer %q", o.Label, got)
					}
				})
			}
		}
	}
}

func TestTapDescriptionRow(t *testing.T) {
	m := newSized(t, 80, 24)
	press(m, "enter")
	x, y := findOnScreen(t, m, "Always on the go") // Busy's description
	m.Update(tap(x, y))
	if got := m.Answers()["lifestyle"]; got != "busy" {
		t.Fatalf("tapping Busy's description chose %q", got)
	}
}

// TestTapThroughTheQuiz uses only taps: start, every answer, change one
// answer from the results, and the results screen is golden.
func TestTapThroughTheQuiz(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {40, 12}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newSized(t, size[0], size[1])
			m.Update(tap(findOnScreen(t, m, "[ Start ]")))
			// busy, no dress code, daily, moving parts, nickel, none of the
			// health questions (tapped twice: ticked and unticked), adult,
			// back, never, subtle, avoid needles
			for _, label := range []string{"Busy", "No dress code", "Every day", "Moving parts", "Yes, to nickel", "Pregnant", "Pregnant", "", "18 or over", "On my back", "Never", "Subtle", "I'd rather avoid them"} {
				if label == "" {
					press(m, "enter")
					continue
				}
				m.Update(tap(findOption(t, m, label)))
			}
			if _, ok := m.Recommendation(); !ok {
				t.Fatalf("taps did not reach the results:\n%s", m.View())
			}
			golden.RequireEqual(t, []byte(m.View()))
			for range 100 { // scroll to the answers with the wheel
				if strings.Contains(m.View(), "4 Metal allergy") {
					break
				}
				m.Update(tea.MouseMsg{Action: tea.MouseActionPress, Button: tea.MouseButtonWheelDown})
			}
			m.Update(tap(findOnScreen(t, m, "4 Metal allergy")))
			if got := shownQuestion(m); got != "allergy" || !strings.Contains(header(m), "Changing an answer") {
				t.Fatalf("tapping answer 4: on %q, header %q", got, header(m))
			}
			m.Update(tap(findOnScreen(t, m, "[ Back ]")))
			if m.Screen() != "results" || m.Answers()["allergy"] != "nickel" {
				t.Fatalf("back from changing: header %q allergy %q", header(m), m.Answers()["allergy"])
			}
		})
	}
}

func TestMotionAndReleaseDoNothing(t *testing.T) {
	m := newSized(t, 80, 24)
	x, y := findOnScreen(t, m, "[ Start ]")
	m.Update(tea.MouseMsg{X: x, Y: y, Action: tea.MouseActionMotion})
	m.Update(tea.MouseMsg{X: x, Y: y, Action: tea.MouseActionRelease, Button: tea.MouseButtonLeft})
	if m.Screen() != "welcome" {
		t.Fatal("a release or motion acted like a tap")
	}
}
