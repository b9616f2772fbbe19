package ui

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/jewelquiz/jewelquiz/quiz/consult"
	"github.com/jewelquiz/jewelquiz/ui/report"
)

// fakeStore records what it is asked to save; fail makes the next save fail.
type fakeStore struct {
	saved []consult.Record
	fail  error
}

func (f *fakeStore) save(r consult.Record) (consult.Record, error) {
	if f.fail != nil {
		err := f.fail
		f.fail = nil
		return consult.Record{}, err
	}
	r.Code = fmt.Sprintf("K7MX-4%c", 'A'+len(f.saved))
	r.Created = time.Unix(1_700_000_000, 0)
	f.saved = append(f.saved, r)
	return r, nil
}

func newSaving(t *testing.T, kiosk bool, w, h int) (*Model, *fakeStore) {
	t.Helper()
	store := &fakeStore{}
	m := New(defaultRulebook(t), plainStyles(t), Config{Kiosk: kiosk, StaffPIN: testPIN, Idle: time.Minute, Save: store.save})
	m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return m, store
}

func TestSaveForConsultation(t *testing.T) {
	m, store := newSaving(t, true, 80, 24)
	answerAll(t, m, setA)
	rec, _ := m.Recommendation()
	press(m, "s")
	if m.Screen() != "save" || !strings.Contains(strings.Join(strings.Fields(m.View()), " "), "health information") {
		t.Fatalf("s on results: screen %s, want the consent screen naming health information:\n%s", m.Screen(), m.View())
	}
	press(m, "esc")
	if m.Screen() != "results" || len(store.saved) != 0 {
		t.Fatal("declining consent saved something or left the results")
	}
	press(m, "s")
	m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("Ana")})
	press(m, "enter")
	if len(store.saved) != 1 {
		t.Fatalf("%d saves, want 1", len(store.saved))
	}
	got := store.saved[0]
	if got.Name != "Ana" || got.Pick != rec.Pick || got.Answers.String() != rec.Answers.String() || got.RulebookVersion != rec.RulebookVersion {
		t.Fatalf("saved %+v", got)
	}
	var js map[string]any
	if err := json.Unmarshal(got.Recommendation, &js); err != nil || js["pick"] != rec.Pick {
		t.Fatalf("saved recommendation JSON: %v %v", err, js["pick"])
	}
	if !strings.Contains(got.Report, report.Title(rec)+"\n") {
		t.Fatal("the saved report is not the text report")
	}
	if m.Screen() != "save" || !strings.Contains(m.View(), "K 7 M X - 4 A") {
		t.Fatalf("the code is not shown large:\n%s", m.View())
	}
	press(m, "f") // saved: nothing to ask
	if m.Screen() == "confirm" {
		t.Fatalf("finish after saving asks:\n%s", m.View())
	}
	assertWiped(t, m, rec.Ranking[0].Name)
}

func TestSaveFailureKeepsResults(t *testing.T) {
	m, store := newSaving(t, false, 80, 24)
	answerAll(t, m, setA)
	store.fail = errors.New("write consultations/K7MX-4P.json: no space left on device")
	press(m, "s", "enter")
	if m.Screen() != "save" || !strings.Contains(m.View(), "no space left on device") {
		t.Fatalf("a failed save: screen %s\n%s", m.Screen(), m.View())
	}
	if _, ok := m.Recommendation(); !ok || len(m.Answers()) != 11 {
		t.Fatal("a failed save lost the results")
	}
	press(m, "enter") // try again
	if m.Screen() != "save" || len(store.saved) != 1 {
		t.Fatalf("retry: screen %s, %d saved", m.Screen(), len(store.saved))
	}
	press(m, "enter")
	if m.Screen() != "results" {
		t.Fatalf("done after saving: screen %s, want results", m.Screen())
	}
}

func TestNoSaveWithoutAStore(t *testing.T) {
	m := newSized(t, 80, 24)
	answerAll(t, m, "1 1 1 1 1 0 2 1 1 1 1")
	press(m, "s")
	if m.Screen() != "results" || strings.Contains(m.View(), "Save for my consultation") {
		t.Fatal("saving is offered with nowhere to save")
	}
}

// TestKioskScreensFit checks the kiosk's own screens and its wider button
// rows at small and large sizes.
func TestKioskScreensFit(t *testing.T) {
	for _, size := range [][2]int{{40, 12}, {41, 13}, {50, 16}, {80, 24}, {200, 60}} {
		w, h := size[0], size[1]
		m, _ := newSaving(t, true, w, h)
		m.Update(tickMsg(time.Unix(1_000_000, 0)))
		check := func(what string) {
			t.Helper()
			checkFits(t, what, m.View(), w, h)
		}
		check("welcome")
		press(m, "enter")
		answerBy(m, "1 1 1 1 1 0 2 1 1 1 1")
		check("results")
		if !strings.Contains(m.View(), "[ Finish ]") {
			t.Fatalf("%dx%d: no Finish button:\n%s", w, h, m.View())
		}
		press(m, "s")
		check("consent")
		press(m, "enter")
		check("saved")
		press(m, "enter")
		m.Update(tea.KeyMsg{Type: tea.KeyCtrlX})
		check("staff PIN")
		press(m, "esc")
		m.Update(tickMsg(time.Unix(1_000_000, 0).Add(2 * time.Minute))) // after the tick above
		check("still there")
	}
}

// TestSmallScreenConsentAndCode: at the smallest size the consent still
// names the health information with the name field in view, and the code
// shows whole.
func TestSmallScreenConsentAndCode(t *testing.T) {
	m, _ := newSaving(t, true, 40, 12)
	answerAll(t, m, setA)
	press(m, "s")
	v := m.View()
	flat := strings.Join(strings.Fields(v), " ")
	for _, want := range []string{"health information", "First name"} {
		if !strings.Contains(flat, want) {
			t.Fatalf("consent at 40x12 lacks %q:\n%s", want, v)
		}
	}
	press(m, "enter")
	v = m.View()
	if !strings.Contains(v, "K 7 M X - 4 A") || !strings.Contains(v, "┗") {
		t.Fatalf("the code is not shown whole at 40x12:\n%s", v)
	}
}
