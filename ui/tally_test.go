package ui

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/jewelquiz/jewelquiz/quiz/events"
)

// setF answers with both follow-ups asked: an active lifestyle (then sport)
// and machinery sometimes (then which kind).
const setF = "1 2 1 2 1 2 1,3 2 1 1 1 2"

// recorder keeps the events a quiz logs, each checked as the log would.
type recorder struct {
	t   *testing.T
	evs []events.Event
}

func (r *recorder) add(e events.Event) {
	if _, err := e.Line(); err != nil {
		r.t.Errorf("the quiz logged %+v: %v", e, err)
	}
	r.evs = append(r.evs, e)
}

// kinds is the events' kinds, with the question of those that have one.
func (r *recorder) kinds() string {
	var out []string
	for _, e := range r.evs {
		s := string(e.Kind)
		if e.Question != "" {
			s += ":" + e.Question
		}
		out = append(out, s)
	}
	return strings.Join(out, " ")
}

// sessions is how many session ids the events name.
func (r *recorder) sessions() int {
	seen := map[string]bool{}
	for _, e := range r.evs {
		seen[e.Session] = true
	}
	return len(seen)
}

// newCounted is a quiz at 80×24 that logs its events to a recorder.
func newCounted(t *testing.T, cfg Config) (*Model, *recorder) {
	t.Helper()
	r := &recorder{t: t}
	cfg.Events = r.add
	m := New(defaultRulebook(t), plainStyles(t), cfg)
	if !cfg.Kiosk { // a kiosk's Init is its clock, which the tests drive
		deliver(m, m.Init(), 0)
	}
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	return m, r
}

// topLevel answers: the ones answered events name, follow-ups never.
const answeredTop = "answered:lifestyle answered:dress_code answered:machinery answered:allergy answered:health answered:age answered:sleep answered:removal answered:style answered:needles"

// TestCountFinishedQuiz checks a whole quiz logs started, each question of
// the quiz once (a follow-up never), and finished, in one session; and
// that going back and answering again, changing an answer from the
// results, or quitting logs nothing more.
func TestCountFinishedQuiz(t *testing.T) {
	m, r := newCounted(t, Config{})
	press(m, "enter")
	answerBy(m, "1 2")
	press(m, "esc", "esc") // back to the first question
	answerBy(m, strings.TrimPrefix(setF, "1 "))
	rec, _ := m.Recommendation()
	press(m, "1", "2") // change the first answer
	if m.Answers()["lifestyle"] != "busy" {
		t.Fatalf("no change: %v", m.Answers())
	}
	press(m, "q")
	want := "started " + answeredTop + " finished"
	if r.kinds() != want || r.sessions() != 1 {
		t.Fatalf("logged %s in %d sessions\nwant %s", r.kinds(), r.sessions(), want)
	}
	fin := r.evs[len(r.evs)-1]
	if fin.Pick != rec.Pick || fin.Confidence != string(rec.Confidence) || fin.Secs < 0 || fin.Secs > 5 {
		t.Fatalf("finished %+v, want pick %s (%s)", fin, rec.Pick, rec.Confidence)
	}
}

// TestCountLeft checks leaving with q and yes logs the question they were
// at, its follow-up counted as the question it follows, and only once
// however often Hangup runs after.
func TestCountLeft(t *testing.T) {
	m, r := newCounted(t, Config{})
	press(m, "enter")
	answerBy(m, "1") // active: sport is asked next
	_, cmd := m.Update(keyMsg("q"))
	deliver(m, cmd, 0)
	press(m, "y")
	for range 2 {
		if c := m.Hangup(); c != nil {
			c()
		}
	}
	if want := "started answered:lifestyle abandoned:lifestyle"; r.kinds() != want {
		t.Fatalf("logged %s, want %s", r.kinds(), want)
	}
}

// TestCountHangup checks a quiz stopped from outside before its results
// is logged as abandoned by Hangup, and one with results is not.
func TestCountHangup(t *testing.T) {
	m, r := newCounted(t, Config{})
	press(m, "enter")
	answerBy(m, "2 1")
	m.Hangup()()
	if want := "started answered:lifestyle answered:dress_code abandoned:machinery"; r.kinds() != want {
		t.Fatalf("logged %s, want %s", r.kinds(), want)
	}
	m, r = newCounted(t, Config{})
	answerAll(t, m, setA)
	if c := m.Hangup(); c != nil {
		c()
	}
	if strings.Contains(r.kinds(), "abandoned") {
		t.Fatalf("a quiz with results was abandoned: %s", r.kinds())
	}
}

// TestCountEnded checks the server ending a session before the results
// logs it abandoned once, before the quiz quits.
func TestCountEnded(t *testing.T) {
	m, r := newCounted(t, Config{Kiosk: true, StaffPIN: testPIN, Idle: time.Minute})
	press(m, "enter")
	_, cmd := m.Update(EndMsg{})
	deliver(m, cmd, 0)
	m.Hangup()()
	if want := "started abandoned:lifestyle"; r.kinds() != want {
		t.Fatalf("logged %s, want %s", r.kinds(), want)
	}
}

// TestCountKioskClients checks an idle wipe abandons the client's session
// and the next client gets a new one, and that saving logs saved once,
// after a save that failed.
func TestCountKioskClients(t *testing.T) {
	store := &fakeStore{}
	m, r := newCounted(t, Config{Kiosk: true, StaffPIN: testPIN, Idle: time.Minute, Save: store.save})
	start := time.Unix(1_000_000, 0)
	m.Update(tickMsg(start))
	press(m, "enter")
	answerBy(m, "2 1 1")
	m.Update(tickMsg(start.Add(61 * time.Second)))
	_, cmd := m.Update(tickMsg(start.Add(61*time.Second + CountdownFor)))
	deliver(m, cmd().(tea.BatchMsg)[0], 0) // the wipe's commands, not the next tick's wait
	if m.Screen() != "welcome" {
		t.Fatalf("no wipe: %s", m.Screen())
	}
	answerAll(t, m, setA)
	store.fail = errors.New("disk full")
	press(m, "s", "enter") // fails: nothing logged
	press(m, "r")          // saved
	if len(store.saved) != 1 || m.SavedCode() == "" {
		t.Fatalf("%d saves", len(store.saved))
	}
	press(m, "esc", "3", "3", "1") // an answer changed: still the one session
	want := "started answered:lifestyle answered:dress_code answered:machinery abandoned:allergy started " + answeredTop + " finished saved"
	if r.kinds() != want || r.sessions() != 2 {
		t.Fatalf("logged %s in %d sessions\nwant %s", r.kinds(), r.sessions(), want)
	}
}

// TestCountResumed checks results opened from a code, typed in or given
// to the quiz, log resumed alone: the code's quiz was counted when it
// finished.
func TestCountResumed(t *testing.T) {
	m, _ := newCounted(t, Config{})
	answerAll(t, m, setA)
	code := codeOf(t, m)

	m, r := newCounted(t, Config{})
	press(m, "enter", "esc", "c")
	m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(code)})
	press(m, "enter")
	if m.Screen() != "results" {
		t.Fatalf("the code did not open: %s", m.Screen())
	}
	if want := "started abandoned:lifestyle resumed"; r.kinds() != want || r.sessions() != 2 {
		t.Fatalf("logged %s in %d sessions, want %s in 2", r.kinds(), r.sessions(), want)
	}

	_, r = newCounted(t, Config{Resume: m.Answers()})
	if r.kinds() != "resumed" {
		t.Fatalf("--resume logged %s", r.kinds())
	}
}

// TestCountNothingWithoutEvents checks a quiz with no Events logs nothing
// and Hangup has nothing to run.
func TestCountNothingWithoutEvents(t *testing.T) {
	m := newSized(t, 80, 24)
	press(m, "enter", "1")
	if m.Hangup() != nil || m.tally.id != "" {
		t.Fatal("a quiz without an event log keeps a tally")
	}
}

// TestTopOf checks follow-ups count as the question they follow.
func TestTopOf(t *testing.T) {
	for id, want := range map[string]string{"sport": "lifestyle", "machine_kind": "machinery", "allergy": "allergy", "nope": "nope"} {
		if got := topOf(testBank, id); got != want {
			t.Errorf("topOf(%s) = %s, want %s", id, got, want)
		}
	}
	for _, q := range testBank {
		if q.AskIf != nil && slices.Contains(strings.Fields(answeredTop), "answered:"+q.ID) {
			t.Errorf("follow-up %s is in the answered list", q.ID)
		}
	}
}
