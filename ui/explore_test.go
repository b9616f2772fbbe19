package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/jewelquiz/jewelquiz/rules"
)

// TestTypePages opens every type from the welcome screen at 40×12 and
// 120×40: the screen matches its golden file, and the whole page (not just
// what shows) fits the width.
func TestTypePages(t *testing.T) {
	for _, size := range [][2]int{{40, 12}, {120, 40}} {
		w, h := size[0], size[1]
		for i, typ := range defaultRulebook(t).Types {
			t.Run(fmt.Sprintf("%s_%dx%d", typ.ID, w, h), func(t *testing.T) {
				m := newSized(t, w, h)
				press(m, "e", fmt.Sprint(i+1))
				if m.Screen() != "type" || !strings.Contains(header(m), typ.Name) {
					t.Fatalf("screen %s headed %q, want the %s page", m.Screen(), header(m), typ.ID)
				}
				v := m.View()
				checkFits(t, typ.ID, v, w, h)
				checkFits(t, typ.ID+" (whole page)", wholePage(m, w, h), w, MaxHeight)
				golden.RequireEqual(t, []byte(v))
				press(m, "esc", "esc")
				if m.Screen() != "welcome" {
					t.Fatalf("esc twice from a type page: screen %s, want welcome", m.Screen())
				}
			})
		}
	}
}

// TestWhyThisScore opens each type from the results: its page starts with
// this customer's trace, whose lines add up to the score shown.
func TestWhyThisScore(t *testing.T) {
	m := newSized(t, 120, 40)
	answerAll(t, m, setA)
	rec, _ := m.Recommendation()
	for _, typ := range testRulebook.Types {
		press(m, "e", typeKey(m, typ.ID))
		var r rules.Ranked
		for _, x := range rec.Ranking {
			if x.Type == typ.ID {
				r = x
			}
		}
		content := ansi.Strip(wholePage(m, 120, 40))
		want := fmt.Sprintf("Why %s scored %d for you", typ.Name, r.Score)
		if r.Excluded {
			want = fmt.Sprintf("Why %s is ruled out for you", typ.Name)
		}
		if lines := strings.Split(content, "\n"); len(lines) < 3 || strings.TrimSpace(lines[2]) != want {
			t.Fatalf("%s: page starts %q, want %q", typ.ID, lines[min(2, len(lines)-1)], want)
		}
		for _, s := range r.Trace {
			squash := func(s string) string { return strings.Join(strings.Fields(s), "") } // wrapping may break at hyphens
			if !strings.Contains(squash(content), squash(testRulebook.Sentence(s))) {
				t.Fatalf("%s: the page does not explain %s=%s", typ.ID, s.Question, s.Answer)
			}
		}
		press(m, "esc", "esc")
		if m.Screen() != "results" {
			t.Fatalf("esc twice from a type page: screen %s, want results", m.Screen())
		}
	}
}

func TestWhatIf(t *testing.T) {
	m := newSized(t, 80, 24)
	answerAll(t, m, setA) // needles: avoid
	before := m.Answers()
	recBefore, _ := m.Recommendation()
	press(m, "e", typeKey(m, "piercing"), "0") // piercing page, what if needles...
	if shownQuestion(m) != "needles" || !strings.Contains(header(m), "What if") {
		t.Fatalf("0 on a type page: on %q, header %q", shownQuestion(m), header(m))
	}
	press(m, "1") // ...were fine
	if m.Screen() != "what-if" {
		t.Fatalf("screen %s, want what-if", m.Screen())
	}
	v := m.View()
	for _, want := range []string{"What if needles were", "Tattoo jewelry", "out → 65", "▲"} {
		if !strings.Contains(v, want) {
			t.Fatalf("what-if screen lacks %q:\n%s", want, v)
		}
	}
	checkFits(t, "what-if", v, 80, 24)
	if got := m.Answers(); got.String() != before.String() {
		t.Fatalf("trying an answer changed the answers: %v", got)
	}
	press(m, "esc")
	if m.Screen() != "type" || m.Answers().String() != before.String() {
		t.Fatalf("cancelled what-if: screen %s answers %v", m.Screen(), m.Answers())
	}
	if rec, _ := m.Recommendation(); rec.Pick != recBefore.Pick || rec.Answers.String() != recBefore.Answers.String() {
		t.Fatal("a cancelled what-if changed the results")
	}
	press(m, "0", "1", "enter") // this time keep it
	if m.Screen() != "results" || m.Answers()["needles"] != "fine" {
		t.Fatalf("kept what-if: screen %s needles %q", m.Screen(), m.Answers()["needles"])
	}
	want, _ := testRulebook.Recommend(m.Answers())
	if rec, _ := m.Recommendation(); rec.Pick != want.Pick {
		t.Fatalf("results after keeping: pick %q, want %q", rec.Pick, want.Pick)
	}
}

// TestWhatIfFollowUps: a what-if that makes a follow-up apply asks it before
// comparing, and one that makes it not apply drops it; neither touches the
// answers until kept.
func TestWhatIfFollowUps(t *testing.T) {
	m := newSized(t, 80, 24)
	answerAll(t, m, setA) // busy, machinery daily (moving parts)
	before := m.Answers()
	press(m, "e", typeKey(m, "piercing"), "1", "1") // piercing page: what if lifestyle were active
	if got := shownQuestion(m); got != "sport" || !strings.Contains(header(m), "What if") {
		t.Fatalf("active as a what-if: on %q, header %q", got, header(m))
	}
	press(m, "2") // water
	v := m.View()
	for _, want := range []string{"What if your days were “Active”?", "With it, sport: Water sports."} {
		if !strings.Contains(v, want) {
			t.Fatalf("what-if screen lacks %q:\n%s", want, v)
		}
	}
	if m.Answers().String() != before.String() {
		t.Fatalf("trying a what-if changed the answers: %v", m.Answers())
	}
	press(m, "esc", "3", "1") // machinery never, as a what-if
	v = m.View()
	if !strings.Contains(v, "Kind of work would no longer be asked.") {
		t.Fatalf("what-if machinery never does not say the follow-up goes:\n%s", v)
	}
	press(m, "enter")
	got := m.Answers()
	if _, ok := got["machine_kind"]; ok || got["machinery"] != "never" {
		t.Fatalf("kept machinery never: %v", got)
	}
	if rec, _ := m.Recommendation(); rec.Answers.String() != got.String() {
		t.Fatalf("results from %v, answers %v", rec.Answers, got)
	}
}
