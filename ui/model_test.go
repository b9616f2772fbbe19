package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/jewelquiz/jewelquiz/quiz"
)

// setA is a busy person with no dress code, machines every day (moving
// parts), a nickel allergy, none of the health questions, an adult who
// sleeps on their back, never removes it, likes subtle and avoids needles:
// a close result between the anklet and the necklace.
const setA = "2 1 3 1 2 0 2 1 1 1 2"

// answerAll starts the quiz and answers with tokens (see answerBy), ending
// on the results.
func answerAll(t *testing.T, m *Model, tokens string) {
	t.Helper()
	press(m, "enter")
	answerBy(m, tokens)
	if _, ok := m.Recommendation(); !ok {
		t.Fatalf("%s: no results:\n%s", tokens, m.View())
	}
}

// tokenAnswers is what the engine is given for answer tokens (see
// answerBy): each token answers the next question asked.
func tokenAnswers(bank []quiz.Question, tokens string) quiz.Answers {
	toks := strings.Fields(tokens)
	a := quiz.Answers{}
	for _, q := range bank {
		if !q.Asked(a) || len(toks) == 0 {
			continue
		}
		tok := toks[0]
		toks = toks[1:]
		var vs []string
		for _, n := range strings.Split(tok, ",") {
			if n != "0" {
				vs = append(vs, q.Options[int(n[0]-'1')].Value)
			}
		}
		a[q.ID] = quiz.JoinValues(q, vs)
	}
	return a
}

func TestCompleteQuizMatchesEngine(t *testing.T) {
	for _, tokens := range []string{
		"1 1 1 1 1 0 1 1 1 1 1",
		setA,
		"3 3 2 3 4 2 2 3 3 2 1",
		"1 2 4 3 3 2 1,2,3,4 2 2 2 1 2",
	} {
		m := newSized(t, 80, 24)
		answerAll(t, m, tokens)
		want, err := testRulebook.Recommend(tokenAnswers(testBank, tokens))
		if err != nil {
			t.Fatal(err)
		}
		got, ok := m.Recommendation()
		if !ok || got.Pick != want.Pick || got.Answers.String() != want.Answers.String() {
			t.Fatalf("%s: pick %q from %v, engine says %q from %v", tokens, got.Pick, got.Answers, want.Pick, want.Answers)
		}
		if want.Pick != "" && !strings.Contains(m.View(), want.Ranking[0].Name) {
			t.Fatalf("%s: results screen does not name %q:\n%s", tokens, want.Ranking[0].Name, m.View())
		}
	}
}

func TestBackKeepsAnswers(t *testing.T) {
	m := newSized(t, 80, 24)
	press(m, "enter", "down", "enter", "3") // busy; no-jewelry by number
	if got := shownQuestion(m); got != "machinery" {
		t.Fatalf("on %q, want machinery", got)
	}
	press(m, "shift+tab")
	if !strings.Contains(m.View(), "> No visible jewelry at all") {
		t.Fatalf("the kept answer is not under the cursor:\n%s", m.View())
	}
	press(m, "shift+tab")
	if got := shownQuestion(m); got != "lifestyle" || !strings.Contains(m.View(), "> Busy") {
		t.Fatalf("back twice: on %q, want lifestyle with busy kept:\n%s", got, m.View())
	}
	press(m, "shift+tab")
	if !strings.Contains(m.View(), "Press enter to start") {
		t.Fatalf("shift+tab on the first question does not go back to the welcome:\n%s", m.View())
	}
	press(m, "enter", "enter")
	if !strings.Contains(m.View(), "> No visible jewelry at all") {
		t.Fatalf("forward again: no-jewelry not kept:\n%s", m.View())
	}
}

// TestFollowUpComesAndGoes: answering lifestyle=active asks sport next and
// the count grows; going back and answering busy drops sport, its answer
// and the extra count.
func TestFollowUpComesAndGoes(t *testing.T) {
	m := newSized(t, 80, 24)
	press(m, "enter")
	if h := header(m); !strings.Contains(h, "Question 1 of 10") {
		t.Fatalf("first question: header %q, want Question 1 of 10", h)
	}
	press(m, "1") // active
	if got := shownQuestion(m); got != "sport" {
		t.Fatalf("after active: on %q, want sport", got)
	}
	if h := header(m); !strings.Contains(h, "Question 2 of 11") {
		t.Fatalf("sport: header %q, want Question 2 of 11", h)
	}
	press(m, "2", "1") // water; no dress code
	if got := shownQuestion(m); got != "machinery" || !strings.Contains(header(m), "Question 4 of 11") {
		t.Fatalf("on %q with %q, want machinery, Question 4 of 11", got, header(m))
	}
	press(m, "3") // daily: machine_kind follows
	if got := shownQuestion(m); got != "machine_kind" || !strings.Contains(header(m), "Question 5 of 12") {
		t.Fatalf("on %q with %q, want machine_kind, Question 5 of 12", got, header(m))
	}
	press(m, "shift+tab")
	if got := shownQuestion(m); got != "machinery" {
		t.Fatalf("back from machine_kind: on %q", got)
	}
	press(m, "shift+tab", "shift+tab")
	if got := shownQuestion(m); got != "sport" || !strings.Contains(m.View(), "> Water sports") {
		t.Fatalf("back to sport: on %q:\n%s", got, m.View())
	}
	press(m, "shift+tab", "2") // lifestyle: busy
	if _, ok := m.Answers()["sport"]; ok {
		t.Fatalf("busy kept the sport answer: %v", m.Answers())
	}
	if got := shownQuestion(m); got != "dress_code" || !strings.Contains(header(m), "Question 2 of 11") {
		t.Fatalf("after busy: on %q with %q, want dress_code, Question 2 of 11", got, header(m))
	}
	press(m, "shift+tab")
	if got := shownQuestion(m); got != "lifestyle" {
		t.Fatalf("back from dress_code with busy: on %q, want lifestyle (sport skipped)", got)
	}
	press(m, "enter", "enter", "1") // busy kept, no dress code kept, machinery never
	if _, ok := m.Answers()["machine_kind"]; ok || shownQuestion(m) != "allergy" {
		t.Fatalf("machinery never: answers %v, on %q (want allergy)", m.Answers(), shownQuestion(m))
	}
	if h := header(m); !strings.Contains(h, "Question 4 of 10") {
		t.Fatalf("allergy: header %q, want Question 4 of 10", h)
	}
}

// TestManyQuestion: space, a number and a tap each tick or untick an
// option of the health question; enter answers with those ticked, and with
// none ticked answers "none of these", which the screen says.
func TestManyQuestion(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {40, 12}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newSized(t, size[0], size[1])
			press(m, "enter")
			answerUntil(t, m, "health")
			v := m.View()
			checkFits(t, "health", v, size[0], size[1])
			if !strings.Contains(v, "Enter with nothing ticked: none") && !strings.Contains(v, "Enter with none ticked") && !strings.Contains(v, "enter none of these") {
				t.Fatalf("the screen does not say what enter with nothing ticked does:\n%s", v)
			}
			press(m, "space") // the cursor starts on the first option
			if !strings.Contains(m.View(), "✓ A pacemaker") {
				t.Fatalf("space did not tick the pacemaker:\n%s", m.View())
			}
			press(m, "3")
			x, y := findOnScreen(t, m, "Slow healing")
			m.Update(tap(x, y))
			press(m, "1") // unticks the pacemaker
			v = m.View()
			for _, want := range []string{"• A pacemaker", "• Pregnant", "✓ Raised scars or keloids", "✓ Slow healing"} {
				if !strings.Contains(v, want) {
					t.Fatalf("after space, 3, a tap on slow healing and 1: no %q:\n%s", want, v)
				}
			}
			if _, ok := m.Answers()["health"]; ok {
				t.Fatal("ticking answered the question before enter")
			}
			press(m, "enter")
			if got := m.Answers()["health"]; got != "keloids,slow-healing" {
				t.Fatalf("health = %q, want keloids,slow-healing", got)
			}
			if got := shownQuestion(m); got != "age" {
				t.Fatalf("after health: on %q, want age", got)
			}
			press(m, "shift+tab")
			if !strings.Contains(m.View(), "✓ Slow healing") {
				t.Fatalf("back to health lost the ticks:\n%s", m.View())
			}
			press(m, "3", "4", "enter")
			if got, ok := m.Answers()["health"]; !ok || got != "" {
				t.Fatalf("enter with nothing ticked: health = %q (answered %v), want none of these", got, ok)
			}
			answerBy(m, "2 1 1 1 1")
			rec, ok := m.Recommendation()
			if !ok || rec.Answers["health"] != "" {
				t.Fatalf("results: %v %v", ok, rec.Answers)
			}
			if v := answersOnScreen(m); !strings.Contains(v, "None of these") {
				t.Fatalf("the results do not list health as none of these:\n%s", v)
			}
		})
	}
}

func TestChangeAnswerFromResults(t *testing.T) {
	m := newSized(t, 80, 24)
	answerAll(t, m, "2 1 1 2 0 2 1 1 1 2") // busy, no dress code, machinery never, nickel
	before := m.Answers()
	press(m, "3") // machinery
	if got := shownQuestion(m); got != "machinery" || !strings.Contains(header(m), "Changing an answer") {
		t.Fatalf("pressing 3 on results: on %q, header %q", got, header(m))
	}
	press(m, "down", "esc")
	if !strings.Contains(header(m), "Your recommendation") || m.Answers()["machinery"] != before["machinery"] {
		t.Fatalf("esc should keep the old answer: header %q machinery %q", header(m), m.Answers()["machinery"])
	}
	press(m, "3", "3") // every day, by number: machine_kind is asked next
	if got := shownQuestion(m); got != "machine_kind" {
		t.Fatalf("machinery daily: on %q, want machine_kind before the results", got)
	}
	if m.Answers()["machinery"] != "never" {
		t.Fatal("the change took effect before its follow-up was answered")
	}
	press(m, "esc") // drops the whole change
	if m.Answers().String() != before.String() {
		t.Fatalf("esc on the follow-up: answers %v, want %v", m.Answers(), before)
	}
	press(m, "3", "3", "2") // daily, live electrical
	after := m.Answers()
	if after["machinery"] != "daily" || after["machine_kind"] != "live-electrical" {
		t.Fatalf("answers after the change: %v", after)
	}
	for id, v := range before {
		if id != "machinery" && after[id] != v {
			t.Fatalf("changing machinery changed %s from %q to %q", id, v, after[id])
		}
	}
	want, _ := testRulebook.Recommend(after)
	got, _ := m.Recommendation()
	if got.Pick != want.Pick || got.Answers.String() != after.String() {
		t.Fatalf("results not updated: pick %q (want %q)", got.Pick, want.Pick)
	}
	press(m, "home")
	if !strings.Contains(m.View(), "Before anything else") {
		t.Fatalf("live electrical work raises a flag, not shown first:\n%s", m.View())
	}
	// Pressing 3 again asks machine_kind again after machinery, with the
	// answer kept under the cursor; never then drops it.
	press(m, "3", "enter")
	if got := shownQuestion(m); got != "machine_kind" || !strings.Contains(m.View(), "> Live electrical parts") {
		t.Fatalf("on %q:\n%s", got, m.View())
	}
	press(m, "esc", "3", "1")
	if _, ok := m.Answers()["machine_kind"]; ok || m.Answers()["machinery"] != "never" {
		t.Fatalf("machinery never kept machine_kind: %v", m.Answers())
	}
	if !strings.Contains(header(m), "Your recommendation") {
		t.Fatalf("not back on the results: %q", header(m))
	}
}

// TestChangeLifestyleAsksSport: on the results, lifestyle active asks sport
// before returning; busy drops it; the answer list shows only what was asked.
func TestChangeLifestyleAsksSport(t *testing.T) {
	m := newSized(t, 80, 24)
	answerAll(t, m, "2 1 1 1 0 2 1 1 1 2")
	press(m, "1", "1") // active
	if got := shownQuestion(m); got != "sport" {
		t.Fatalf("lifestyle active from the results: on %q, want sport", got)
	}
	press(m, "2")
	if got := m.Answers(); got["lifestyle"] != "active" || got["sport"] != "water" {
		t.Fatalf("answers: %v", got)
	}
	list := answersOnScreen(m)
	if !strings.Contains(list, "↳ Sport") || !strings.Contains(list, "Water sports") {
		t.Fatalf("the answers do not list the sport under lifestyle:\n%s", list)
	}
	// A tap on the sport row changes the sport alone.
	m.Update(tap(findOnScreen(t, m, "↳ Sport")))
	if got := shownQuestion(m); got != "sport" {
		t.Fatalf("tapping the sport row: on %q", got)
	}
	press(m, "3")
	if got := m.Answers(); got["lifestyle"] != "active" || got["sport"] != "other" || !strings.Contains(header(m), "Your recommendation") {
		t.Fatalf("after tapping sport and choosing 3: %v, header %q", got, header(m))
	}
	press(m, "1", "2") // busy
	if _, ok := m.Answers()["sport"]; ok {
		t.Fatalf("busy kept sport: %v", m.Answers())
	}
	if list := answersOnScreen(m); strings.Contains(list, "Sport") || strings.Contains(list, "Kind of work") {
		t.Fatalf("the answers list questions not asked:\n%s", list)
	}
}

// answersOnScreen scrolls the results to their end and returns the screen.
func answersOnScreen(m *Model) string {
	for range 100 {
		before := m.View()
		press(m, "pgdown")
		if m.View() == before {
			break
		}
	}
	return m.View()
}

func TestStartOverClearsEverything(t *testing.T) {
	m := newSized(t, 80, 24)
	answerAll(t, m, setA)
	rec, _ := m.Recommendation()
	press(m, "r")
	if m.Screen() != "confirm" || !strings.Contains(m.View(), "Start over?") {
		t.Fatalf("r does not ask before clearing the answers:\n%s", m.View())
	}
	press(m, "n")
	if m.Screen() != "results" || len(m.Answers()) == 0 {
		t.Fatalf("n to start over: screen %s, answers %v", m.Screen(), m.Answers())
	}
	press(m, "r", "y")
	if len(m.Answers()) != 0 {
		t.Fatalf("answers after start over: %v", m.Answers())
	}
	if _, ok := m.Recommendation(); ok {
		t.Fatal("a recommendation survived start over")
	}
	if got := shownQuestion(m); got != testBank[0].ID || !strings.Contains(m.View(), "> "+testBank[0].Options[0].Label) {
		t.Fatalf("start over: on %q:\n%s", got, m.View())
	}
	if strings.Contains(m.View(), rec.Ranking[0].Name) {
		t.Fatalf("the screen still shows the last pick %q", rec.Ranking[0].Name)
	}
}

func TestTooSmallScreens(t *testing.T) {
	for _, size := range [][2]int{{0, 0}, {1, 1}, {39, 24}, {80, 11}, {20, 5}} {
		m := newSized(t, size[0], size[1])
		press(m, "enter", "enter", "down", "q", "r", "3") // ignored while too small
		if m.Screen() != "welcome" || (m.Exit() != "") {
			t.Fatalf("%v: keys acted on a too-small screen (screen %s, quitting %v)", size, m.Screen(), (m.Exit() != ""))
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
	if shownQuestion(m) != "lifestyle" || !strings.Contains(m.View(), "> Busy") {
		t.Fatalf("after resizing, not lifestyle with the cursor on busy:\n%s", m.View())
	}
}

func TestQuitKeys(t *testing.T) {
	m := newSized(t, 80, 24)
	press(m, "enter", "1", "q") // q on a question asks first
	if m.Exit() != "" || !strings.Contains(m.View(), "Leave the quiz?") || !strings.Contains(m.View(), "Your answers will be lost") {
		t.Fatalf("q in the middle of the quiz: exit %q\n%s", m.Exit(), m.View())
	}
	press(m, "n")
	if m.Screen() != "question" || len(m.Answers()) != 1 {
		t.Fatalf("n to leaving: screen %s, answers %v", m.Screen(), m.Answers())
	}
	press(m, "ctrl+c")
	if m.Exit() != "" || m.Screen() != "confirm" {
		t.Fatalf("ctrl+c in the middle of the quiz: exit %q, screen %s", m.Exit(), m.Screen())
	}
	_, cmd := m.Update(keyMsg("y"))
	if m.Exit() != "left" || cmd == nil {
		t.Fatal("y did not leave")
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
	if short == full || !strings.Contains(full, "\n  help\n") || !strings.Contains(full, "tab buttons") {
		t.Fatalf("? did not show the full help:\n%s", full)
	}
	checkFits(t, "full help", full, 80, 24)
}

// TestKeysArrivingTogether: digits typed ahead can arrive as one key
// message; each one answers its question.
func TestKeysArrivingTogether(t *testing.T) {
	m := newSized(t, 80, 24)
	press(m, "enter", "2131")
	if got := m.Answers(); got["lifestyle"] != "busy" || got["dress_code"] != "none" || got["machinery"] != "daily" || got["machine_kind"] != "moving-parts" {
		t.Fatalf("answers from \"2131\": %v", got)
	}
	if got := shownQuestion(m); got != "allergy" {
		t.Fatalf("on %q, want allergy", got)
	}
}

func TestCtrlCBeforeResultsIsAnInterruption(t *testing.T) {
	m := newSized(t, 80, 24)
	press(m, "enter", "ctrl+c", "y")
	if !m.Interrupted() {
		t.Fatal("ctrl+c on a question is not reported as an interruption")
	}
	m = newSized(t, 80, 24)
	answerAll(t, m, "2 1 1 1 0 2 1 1 1 1")
	press(m, "ctrl+c")
	if m.Interrupted() || !(m.Exit() != "") {
		t.Fatal("ctrl+c on the results should quit normally, keeping the report")
	}
}

// TestChangeSaysWhatChanged: changing an answer from the results shows them
// again from the top, led by one line saying what the change did: a new
// first match and the one it replaced, or the first match's score.
func TestChangeSaysWhatChanged(t *testing.T) {
	rb := defaultRulebook(t)
	tests := []struct {
		name string
		key  string // the answer's change key
		to   string // the new answer, as typed
	}{
		{"machinery daily to never", "3", "1"},
		{"sleep back to side", "7", "2"},
		{"style subtle to statement", "9", "2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := newSized(t, 80, 24)
			answerAll(t, m, setA)
			before, _ := m.Recommendation()
			press(m, "pgdown", "pgdown")
			press(m, tt.key)
			answerBy(m, tt.to)
			after, ok := m.Recommendation()
			if !ok || after.Answers.String() == before.Answers.String() {
				t.Fatalf("the answer did not change:\n%s", m.View())
			}
			if want, err := rb.Recommend(after.Answers); err != nil || want.Pick != after.Pick {
				t.Fatalf("the results disagree with the engine: %v %v", want.Pick, err)
			}
			top := strings.Join(strings.Fields(strings.Join(strings.Split(m.View(), "\n")[:6], " ")), " ")
			var want []string
			switch {
			case before.Pick != after.Pick:
				want = []string{after.Ranking[0].Name, "(was " + before.Ranking[0].Name + ")"}
			case before.Ranking[0].Score != after.Ranking[0].Score:
				want = []string{after.Ranking[0].Name, fmt.Sprintf("%d/100 → %d/100", before.Ranking[0].Score, after.Ranking[0].Score)}
			default:
				want = []string{after.Ranking[0].Name, fmt.Sprintf("stays first: %d/100", after.Ranking[0].Score)}
			}
			for _, w := range want {
				if !strings.Contains(top, w) {
					t.Fatalf("the top of the results does not say %q:\n%s", w, m.View())
				}
			}
		})
	}
}
