package ui

import (
	"github.com/jewelquiz/jewelquiz/ui/locale"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/jewelquiz/jewelquiz/quiz/answercode"
	"github.com/jewelquiz/jewelquiz/quiz/studio"
)

// codeOf is the answer code of m's answers, from the codec itself.
func codeOf(t *testing.T, m *Model) string {
	t.Helper()
	c, err := answercode.New(testBank).Encode(m.Answers())
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// typeText sends text as typed into a field.
func typeText(m *Model, text string) {
	m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(text)})
}

// TestResultsShowTheCode: the code is in the results' header at every
// width, in the body with what it holds, and large on c.
func TestResultsShowTheCode(t *testing.T) {
	for _, w := range []int{40, 80} {
		m := newSized(t, w, 24)
		answerAll(t, m, setA)
		code := codeOf(t, m)
		if !strings.Contains(header(m), code) {
			t.Fatalf("%d wide: the header %q lacks the code %s", w, header(m), code)
		}
		if v := wholePage(m, w, 24); !strings.Contains(squash(v), squash("health answers included, so share it only with your studio")) {
			t.Fatalf("%d wide: the results do not say what the code holds:\n%s", w, v)
		}
		press(m, "c")
		v := m.View()
		if m.Screen() != "code" || !strings.Contains(v, strings.Join(strings.Split(code, ""), " ")) || !strings.Contains(squash(v), squash("share it only with your studio")) {
			t.Fatalf("%d wide: c does not show the code large with its warning:\n%s", w, v)
		}
		checkFits(t, "the code large", v, w, 24)
		press(m, "esc")
		if m.Screen() != "results" {
			t.Fatalf("esc from the code: %s", m.Screen())
		}
	}
}

// squash drops every space, so wrapped text can be searched.
func squash(s string) string { return strings.Join(strings.Fields(s), "") }

// TestPrintedReportsEndWithTheCode: the report printed on quit and the
// accessible report end with the code and what it holds.
func TestPrintedReportsEndWithTheCode(t *testing.T) {
	m := newSized(t, 80, 24)
	answerAll(t, m, setA)
	code := codeOf(t, m)
	rec, _ := m.Recommendation()
	for name, text := range map[string]string{
		"plain":      PlainTextIn(rec, testRulebook, 80, locale.English),
		"accessible": accessibleReport(locale.For(locale.English), rec, testRulebook, m.Answers(), 80),
	} {
		tail := squash(text[max(len(text)-300, 0):])
		if !strings.Contains(tail, squash("Your answer code: "+code)) || !strings.Contains(tail, squash("health answers included")) {
			t.Fatalf("%s report does not end with the code:\n%s", name, text)
		}
	}
}

// TestResume: answers given in the config open the quiz at their results.
func TestResume(t *testing.T) {
	m := newSized(t, 80, 24)
	answerAll(t, m, setA)
	want, _ := m.Recommendation()
	r := New(testRulebook, plainStyles(t), Config{Resume: m.Answers()})
	r.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	got, ok := r.Recommendation()
	if r.Screen() != "results" || !ok || got.Pick != want.Pick || got.Answers.String() != want.Answers.String() {
		t.Fatalf("resumed at %s with %v", r.Screen(), got.Answers)
	}
	press(r, "1", "1", "1") // and answers change from there: active, then its sport
	if r.Answers()["lifestyle"] != "active" || r.Screen() != "results" {
		t.Fatalf("changing a resumed answer: %v", r.Answers())
	}
}

// TestIHaveACode: the welcome's "I have a code" takes a code as typed
// (case, spaces, dashes forgiven) to its results; mistakes are explained
// and can be retyped.
func TestIHaveACode(t *testing.T) {
	donor := newSized(t, 80, 24)
	answerAll(t, donor, setA)
	code := codeOf(t, donor)
	swapped := code[:1] + code[2:3] + code[1:2] + code[3:]
	tests := []struct {
		typed, want string
	}{
		{swapped, "One character is off — check it again."},
		{"K7MX-4P", "That looks like a consultation code"},
		{"hello", "That is not an answer code"},
		{"", "Type the code from your results"},
	}
	for _, tt := range tests {
		m := newSized(t, 80, 24)
		press(m, "c")
		if m.Screen() != "code-entry" {
			t.Fatalf("c on the welcome: %s", m.Screen())
		}
		typeText(m, tt.typed)
		press(m, "enter")
		if v := m.View(); m.Screen() != "code-entry" || !strings.Contains(squash(v), squash(tt.want)) {
			t.Fatalf("%q: screen %s, want %q:\n%s", tt.typed, m.Screen(), tt.want, v)
		}
	}
	m := newSized(t, 80, 24)
	press(m, "c")
	typeText(m, swapped)
	press(m, "enter")
	for range len(swapped) {
		m.Update(tea.KeyMsg{Type: tea.KeyBackspace})
	}
	typeText(m, " "+strings.ToLower(strings.ReplaceAll(code, "-", " "))+" ")
	press(m, "enter")
	if rec, ok := m.Recommendation(); m.Screen() != "results" || !ok || rec.Answers.String() != donor.Answers().String() {
		t.Fatalf("the code retyped: screen %s\n%s", m.Screen(), m.View())
	}
}

// TestKioskCodeLock: in kiosk mode mistyped codes lock "I have a code"
// for a while, across clients, and the right code does nothing meanwhile.
func TestKioskCodeLock(t *testing.T) {
	clk := newFakeClock()
	lock := NewPINLock(PINLockOptions{Tries: CodeTries, Now: clk.Now})
	donor := newSized(t, 80, 24)
	answerAll(t, donor, setA)
	code := codeOf(t, donor)
	m := New(testRulebook, plainStyles(t), Config{Kiosk: true, StaffPIN: testPIN, CodeLock: lock})
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	press(m, "c")
	for range CodeTries {
		typeText(m, "ACDE-FGHJ")
		press(m, "enter")
		for range 9 {
			m.Update(tea.KeyMsg{Type: tea.KeyBackspace})
		}
	}
	if v := m.View(); !strings.Contains(v, "Too many codes that did not work") {
		t.Fatalf("no lock after %d wrong codes:\n%s", CodeTries, v)
	}
	typeText(m, code)
	press(m, "enter")
	if m.Screen() != "code-entry" {
		t.Fatalf("the right code worked while locked: %s", m.Screen())
	}
	clk.Add(LockFor + time.Second)
	typeText(m, code)
	press(m, "enter")
	if m.Screen() != "results" {
		t.Fatalf("the right code once the lock opened: %s\n%s", m.Screen(), m.View())
	}
}

// TestStudioNameOnWelcome: a studio's name heads the welcome.
func TestStudioNameOnWelcome(t *testing.T) {
	m := New(testRulebook, plainStyles(t), Config{Studio: studio.Studio{Name: "Linked Studio"}})
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	if v := m.View(); !strings.Contains(v, "Linked Studio") {
		t.Fatalf("no studio name:\n%s", v)
	}
}

// TestPrintedCodeIsWhole: at any width, the printed report shows the
// answer code whole wherever it names it, never split at its hyphen, so
// it can be copied from the scrollback.
func TestPrintedCodeIsWhole(t *testing.T) {
	m := newSized(t, 80, 24)
	answerAll(t, m, setA)
	code := codeOf(t, m)
	rec, _ := m.Recommendation()
	es := testRulebook.In("es")
	recES, err := es.Recommend(m.Answers())
	if err != nil {
		t.Fatal(err)
	}
	for width := 24; width <= 100; width++ {
		for name, text := range map[string]string{
			"English": PlainTextIn(rec, testRulebook, width, locale.English),
			"Spanish": PlainTextIn(recES, es, width, locale.Spanish),
		} {
			if n := strings.Count(text, code); n != 2 {
				t.Fatalf("%s at width %d: the code appears whole %d times, want 2:\n%s", name, width, n, text[max(len(text)-400, 0):])
			}
		}
	}
}
