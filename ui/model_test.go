package ui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/jewelquiz/jewelquiz/quiz"
)

// answerAll starts the quiz and answers question i with option choice[i]
// (1-based) by moving the cursor and pressing enter, as a person would.
func answerAll(t *testing.T, m *Model, choice []int) {
	t.Helper()
	press(m, "enter")
	for i, c := range choice {
		if m.screen != screenQuestion || m.q.step != i {
			t.Fatalf("before answer %d: screen %d step %d", i+1, m.screen, m.q.step)
		}
		for range c - 1 {
			press(m, "down")
		}
		press(m, "enter")
	}
}

func answersFor(bank []quiz.Question, choice []int) quiz.Answers {
	a := quiz.Answers{}
	for i, c := range choice {
		a[bank[i].ID] = bank[i].Options[c-1].Value
	}
	return a
}

func TestCompleteQuizMatchesEngine(t *testing.T) {
	for _, choice := range [][]int{
		{1, 1, 1, 1, 1, 1, 1, 1},
		{2, 1, 3, 2, 1, 1, 1, 2},
		{3, 3, 2, 4, 3, 3, 2, 1},
	} {
		m := newSized(t, 80, 24)
		answerAll(t, m, choice)
		if m.screen != screenResults {
			t.Fatalf("%v: not on results (screen %d)", choice, m.screen)
		}
		want, err := m.rb.Recommend(answersFor(m.bank, choice))
		if err != nil {
			t.Fatal(err)
		}
		got, ok := m.Recommendation()
		if !ok || got.Pick != want.Pick {
			t.Fatalf("%v: pick %q, engine says %q", choice, got.Pick, want.Pick)
		}
		if !strings.Contains(m.View(), want.Ranking[0].Name) {
			t.Fatalf("%v: results screen does not name %q:\n%s", choice, want.Ranking[0].Name, m.View())
		}
	}
}

func TestBackKeepsAnswers(t *testing.T) {
	m := newSized(t, 80, 24)
	press(m, "enter", "down", "enter", "3") // busy; no-jewelry by number
	if m.q.step != 2 {
		t.Fatalf("step %d, want 2", m.q.step)
	}
	press(m, "shift+tab")
	if m.q.step != 1 || *m.q.value != "no-jewelry" {
		t.Fatalf("back to step %d with %q, want step 1 with no-jewelry", m.q.step, *m.q.value)
	}
	if !strings.Contains(m.View(), "> No visible jewelry at all") {
		t.Fatalf("the kept answer is not under the cursor:\n%s", m.View())
	}
	press(m, "shift+tab")
	if m.q.step != 0 || *m.q.value != "busy" {
		t.Fatalf("back to step %d with %q, want step 0 with busy", m.q.step, *m.q.value)
	}
	press(m, "shift+tab")
	if m.screen != screenWelcome {
		t.Fatalf("shift+tab on the first question: screen %d, want welcome", m.screen)
	}
	press(m, "enter", "enter")
	if m.q.step != 1 || *m.q.value != "no-jewelry" {
		t.Fatalf("forward again: step %d with %q, want step 1 with no-jewelry kept", m.q.step, *m.q.value)
	}
}

func TestChangeAnswerFromResults(t *testing.T) {
	m := newSized(t, 80, 24)
	answerAll(t, m, []int{2, 1, 1, 2, 1, 1, 1, 2})
	before := m.Answers()
	press(m, "3") // machinery
	if m.screen != screenQuestion || m.q.purpose != askChange || m.q.q.ID != "machinery" {
		t.Fatalf("pressing 3 on results: screen %d editing %v question %q", m.screen, m.q.purpose == askChange, m.q.q.ID)
	}
	press(m, "down", "esc")
	if m.screen != screenResults || m.Answers()["machinery"] != before["machinery"] {
		t.Fatalf("esc should keep the old answer: screen %d machinery %q", m.screen, m.Answers()["machinery"])
	}
	press(m, "3", "3") // every day, by number
	after := m.Answers()
	if after["machinery"] != "daily" {
		t.Fatalf("machinery = %q, want daily", after["machinery"])
	}
	for id, v := range before {
		if id != "machinery" && after[id] != v {
			t.Fatalf("changing machinery changed %s from %q to %q", id, v, after[id])
		}
	}
	want, _ := m.rb.Recommend(after)
	got, _ := m.Recommendation()
	if got.Pick != want.Pick || got.Answers["machinery"] != "daily" {
		t.Fatalf("results not updated: pick %q (want %q)", got.Pick, want.Pick)
	}
	for _, r := range got.Ranking {
		if r.Type == "welded-bracelet" && !r.Excluded {
			t.Fatal("daily machinery must rule out the bracelet in the updated results")
		}
	}
}

func TestStartOverClearsEverything(t *testing.T) {
	m := newSized(t, 80, 24)
	answerAll(t, m, []int{2, 1, 3, 2, 1, 1, 1, 2})
	rec, _ := m.Recommendation()
	press(m, "r")
	if len(m.Answers()) != 0 {
		t.Fatalf("answers after start over: %v", m.Answers())
	}
	if _, ok := m.Recommendation(); ok {
		t.Fatal("a recommendation survived start over")
	}
	if m.screen != screenQuestion || m.q.step != 0 || *m.q.value != m.bank[0].Options[0].Value {
		t.Fatalf("start over: screen %d step %d value %q", m.screen, m.q.step, *m.q.value)
	}
	if strings.Contains(m.View(), rec.Ranking[0].Name) {
		t.Fatalf("the screen still shows the last pick %q", rec.Ranking[0].Name)
	}
}

func TestTooSmallScreens(t *testing.T) {
	for _, size := range [][2]int{{0, 0}, {1, 1}, {39, 24}, {80, 11}, {20, 5}} {
		m := newSized(t, size[0], size[1])
		press(m, "enter", "enter", "down", "q", "r", "3") // ignored while too small
		if m.screen != screenWelcome || m.quitting {
			t.Fatalf("%v: keys acted on a too-small screen (screen %d, quitting %v)", size, m.screen, m.quitting)
		}
		v := m.View()
		if size[0] >= 10 && !strings.Contains(v, "Please") {
			t.Fatalf("%v: no enlarge message:\n%s", size, v)
		}
		checkFits(t, "enlarge", v, max(size[0], 0), max(size[1], 0))
		// Growing again lays the quiz out as normal.
		m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
		if !strings.Contains(m.View(), "Press enter to start") {
			t.Fatalf("%v then 80x24: welcome not shown", size)
		}
	}
	// Shrinking mid-question keeps the question and its cursor.
	m := newSized(t, 80, 24)
	press(m, "enter", "down")
	m.Update(tea.WindowSizeMsg{Width: 1, Height: 1})
	m.Update(tea.WindowSizeMsg{Width: 40, Height: 12})
	if m.q.step != 0 || *m.q.value != "busy" {
		t.Fatalf("after resizing: step %d cursor %q, want 0 and busy", m.q.step, *m.q.value)
	}
}

func TestQuitKeys(t *testing.T) {
	m := newSized(t, 80, 24)
	press(m, "enter", "q") // q picks nothing on a question and does not quit
	if m.quitting {
		t.Fatal("q quit in the middle of a question")
	}
	_, cmd := m.Update(keyMsg("ctrl+c"))
	if !m.quitting || cmd == nil {
		t.Fatal("ctrl+c did not quit")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Fatal("ctrl+c did not return tea.Quit")
	}
	if m.View() != "" {
		t.Fatal("the screen should be empty once quitting")
	}
}

func TestHelpToggle(t *testing.T) {
	m := newSized(t, 80, 24)
	press(m, "enter")
	short := m.View()
	press(m, "?")
	full := m.View()
	if short == full || !strings.Contains(full, "ctrl+c") {
		t.Fatalf("? did not show the full help:\n%s", full)
	}
	checkFits(t, "full help", full, 80, 24)
}

// TestKeysArrivingTogether: digits typed ahead can arrive as one key
// message; each one answers its question.
func TestKeysArrivingTogether(t *testing.T) {
	m := newSized(t, 80, 24)
	press(m, "enter", "213")
	if got := m.Answers(); got["lifestyle"] != "busy" || got["dress_code"] != "none" || got["machinery"] != "daily" {
		t.Fatalf("answers from \"213\": %v", got)
	}
	if m.q.step != 3 {
		t.Fatalf("on question %d, want 4", m.q.step+1)
	}
}

func TestCtrlCBeforeResultsIsAnInterruption(t *testing.T) {
	m := newSized(t, 80, 24)
	press(m, "enter", "ctrl+c")
	if !m.Interrupted() {
		t.Fatal("ctrl+c on a question is not reported as an interruption")
	}
	m = newSized(t, 80, 24)
	answerAll(t, m, []int{1, 1, 1, 1, 1, 1, 1, 1})
	press(m, "ctrl+c")
	if m.Interrupted() || !m.quitting {
		t.Fatal("ctrl+c on the results should quit normally, keeping the report")
	}
}
