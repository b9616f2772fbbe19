package ui

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest"
	"github.com/jewelquiz/jewelquiz/rules"
)

// TestFlow runs the whole quiz in a real bubbletea program at 80×24 and
// 40×12: start, answer every question asked with arrows, space and enter,
// and land on the results, which are compared with a golden file.
func TestFlow(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {40, 12}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := New(defaultRulebook(t), plainStyles(t), Config{})
			tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(size[0], size[1]))
			waitFor(t, tm, "10 to 12 questions")
			tm.Send(keyMsg("enter"))
			// busy, no dress code, daily machinery (moving parts), nickel,
			// none of the health questions (ticked and unticked), adult,
			// back, never, subtle, avoid needles. The count grows by one
			// once machinery makes its follow-up apply.
			for i, c := range []int{2, 1, 3, 1, 2, -2, 2, 1, 1, 1, 2} {
				total := 10
				if i >= 3 {
					total = 11
				}
				waitFor(t, tm, fmt.Sprintf("Question %d of %d", i+1, total))
				if c < 0 { // a many question: tick option -c, untick it
					for range -c - 1 {
						tm.Send(keyMsg("down"))
					}
					tm.Send(keyMsg("space"))
					tm.Send(keyMsg("space"))
					c = 1
				}
				for range c - 1 {
					tm.Send(keyMsg("down"))
				}
				tm.Send(keyMsg("enter"))
			}
			waitFor(t, tm, "1-9, 0 change") // the results' help
			if err := tm.Quit(); err != nil {
				t.Fatal(err)
			}
			fm := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*Model)
			rec, ok := fm.Recommendation()
			if !ok || rec.Pick != "welded-anklet" {
				t.Fatalf("pick %q, want welded-anklet", rec.Pick)
			}
			view := fm.View()
			checkFits(t, "results", view, size[0], size[1])
			golden.RequireEqual(t, []byte(view))
		})
	}
}

func waitFor(t *testing.T, tm *teatest.TestModel, text string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return bytes.Contains(b, []byte(text))
	}, teatest.WithDuration(10*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
}

// TestScreens compares each screen with a golden file at 80×24 and 40×12.
func TestScreens(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {40, 12}} {
		w, h := size[0], size[1]
		m := newSized(t, w, h)
		shot := func(name string) {
			t.Run(fmt.Sprintf("%s_%dx%d", name, w, h), func(t *testing.T) {
				v := m.View()
				checkFits(t, name, v, w, h)
				golden.RequireEqual(t, []byte(v))
			})
		}
		shot("welcome")
		press(m, "enter")
		shot("question1")
		press(m, "2", "?")
		shot("question2_help")
		press(m, "?", "1", "3")
		shot("followup")
		press(m, "1", "2")
		shot("health")
		press(m, "2")
		shot("health_ticked")
		press(m, "2", "enter", "2", "1", "1", "1", "2")
		shot("results")
		press(m, "pgdown", "pgdown")
		shot("results_scrolled")
		press(m, "4")
		shot("change_allergy")
		m.Update(tea.WindowSizeMsg{Width: 30, Height: 10})
		shot("too_small")
		m.Update(tea.WindowSizeMsg{Width: w, Height: h})
		if !strings.Contains(m.View(), "Changing an answer") {
			t.Fatalf("%dx%d: growing back lost the question being changed", w, h)
		}
	}
}

// TestConfidenceScreens compares the results of a close, a weak and a
// flagged recommendation with golden files at 80×24 and 40×12: neither a
// close nor a weak one may call its pick the best match, and the flags come
// first, before anything else.
func TestConfidenceScreens(t *testing.T) {
	for _, tt := range []struct {
		name, keys string
		want       rules.Confidence
		flags      bool
	}{
		{"close", setA, rules.ConfidenceClose, false},                    // busy, daily machinery, nickel, subtle, avoid needles
		{"weak", "1 1 3 2 1 3 3 2 3 3 2 2", rules.ConfidenceWeak, false}, // active, contact sport, no jewelry at work, machines sometimes, sensitive, keloids, statement
		{"flagged", "2 1 1 1 2 2 1 1 1 2", rules.ConfidenceClear, true},  // busy, pregnant, subtle, avoid needles
	} {
		for _, size := range [][2]int{{80, 24}, {40, 12}} {
			w, h := size[0], size[1]
			t.Run(fmt.Sprintf("%s_%dx%d", tt.name, w, h), func(t *testing.T) {
				m := newSized(t, w, h)
				press(m, "enter")
				answerBy(m, tt.keys)
				rec, ok := m.Recommendation()
				if !ok || rec.Confidence != tt.want || (len(rec.Flags) > 0) != tt.flags {
					t.Fatalf("confidence %q with %d flags, want %q (flags %v): choose other answers for this case", rec.Confidence, len(rec.Flags), tt.want, tt.flags)
				}
				v := m.View()
				if tt.want != rules.ConfidenceClear && strings.Contains(v, "best match") {
					t.Fatalf("a %s result calls its pick the best match:\n%s", tt.want, v)
				}
				if lines := strings.Split(v, "\n"); tt.flags && !strings.Contains(lines[2], "Before anything else") {
					t.Fatalf("the flags are not the first thing on the results:\n%s", v)
				}
				checkFits(t, tt.name, v, w, h)
				golden.RequireEqual(t, []byte(v))
			})
		}
	}
}
