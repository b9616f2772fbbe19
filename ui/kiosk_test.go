package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

const testPIN = "2468"

func newKiosk(t *testing.T, w, h int) *Model {
	t.Helper()
	m := New(defaultRulebook(t), plainStyles(t), Config{Kiosk: true, StaffPIN: testPIN, Idle: 2 * time.Minute})
	m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	m.Update(tickMsg(time.Unix(1_000_000, 0)))
	return m
}

// assertWiped checks that nothing of the last client is left: no answers,
// no results, the welcome screen, and none of their answers or pick drawn.
func assertWiped(t *testing.T, m *Model, pick string) {
	t.Helper()
	if len(m.Answers()) != 0 {
		t.Fatalf("answers left after the wipe: %v", m.Answers())
	}
	if _, ok := m.Recommendation(); ok || m.Screen() != "welcome" {
		t.Fatalf("after the wipe: recommendation kept or screen %s", m.Screen())
	}
	if m.SavedCode() != "" {
		t.Fatalf("the last client's code %s is kept", m.SavedCode())
	}
	v := m.View()
	for _, s := range []string{pick, "Busy", "Yes, to nickel"} {
		if s != "" && strings.Contains(v, s) {
			t.Fatalf("the wiped screen still shows %q:\n%s", s, v)
		}
	}
	if !strings.Contains(v, "Press enter to start") {
		t.Fatalf("no clean welcome:\n%s", v)
	}
}

func TestKioskNextClientWipes(t *testing.T) {
	for _, how := range []string{"key", "tap"} {
		t.Run(how, func(t *testing.T) {
			m := newKiosk(t, 80, 24)
			answerAll(t, m, setA)
			rec, _ := m.Recommendation()
			press(m, "e", "4") // leave some state in the type page too
			press(m, "esc", "esc")
			var cmd tea.Cmd
			if how == "key" {
				press(m, "f")
				if !strings.Contains(m.View(), "Finish without saving?") {
					t.Fatalf("finish asks nothing:\n%s", m.View())
				}
				_, cmd = m.Update(keyMsg("y"))
			} else {
				x, y := findOnScreen(t, m, "[ Finish ]")
				m.Update(tap(x+2, y))
				x, y = findOnScreen(t, m, "[ Yes, clear them ]")
				_, cmd = m.Update(tap(x+2, y))
			}
			if cmd == nil || fmt.Sprintf("%T", cmd()) != fmt.Sprintf("%T", tea.ClearScreen()) {
				t.Fatal("next client does not clear the terminal")
			}
			assertWiped(t, m, rec.Ranking[0].Name)
		})
	}
}

func TestKioskIdleWipe(t *testing.T) {
	m := newKiosk(t, 80, 24)
	start := time.Unix(1_000_000, 0) // newKiosk's clock
	answerAll(t, m, setA)
	rec, _ := m.Recommendation()
	m.Update(tickMsg(start.Add(119 * time.Second)))
	if m.Screen() == "still-there" {
		t.Fatal("countdown before the idle time")
	}
	m.Update(tickMsg(start.Add(120 * time.Second)))
	if !(m.Screen() == "still-there") || !strings.Contains(m.View(), "Still there?") {
		t.Fatalf("no countdown after the idle time:\n%s", m.View())
	}
	// A key during the countdown keeps everything and does nothing else.
	press(m, "r")
	if (m.Screen() == "still-there") || m.Screen() != "results" || len(m.Answers()) != 11 {
		t.Fatalf("a key during the countdown: stillThere %v screen %s", (m.Screen() == "still-there"), m.Screen())
	}
	m.Update(tickMsg(start.Add(240 * time.Second)))
	m.Update(tickMsg(start.Add(254 * time.Second)))
	if _, ok := m.Recommendation(); m.Screen() != "still-there" || !ok {
		t.Fatal("wiped before the countdown ended")
	}
	m.Update(tickMsg(start.Add(255 * time.Second)))
	assertWiped(t, m, rec.Ranking[0].Name)
	// A pristine welcome is left alone.
	m.Update(tickMsg(start.Add(time.Hour)))
	if m.Screen() == "still-there" {
		t.Fatal("countdown on an untouched welcome screen")
	}
}

func TestKioskEscapeKeysDoNothing(t *testing.T) {
	escapes := []tea.KeyMsg{
		{Type: tea.KeyCtrlC}, {Type: tea.KeyCtrlZ}, {Type: tea.KeyCtrlBackslash}, {Type: tea.KeyCtrlD},
		{Type: tea.KeyEsc}, {Type: tea.KeyRunes, Runes: []rune("q")}, {Type: tea.KeyCtrlE},
	}
	m := newKiosk(t, 80, 24)
	check := func(where string) {
		for _, k := range escapes {
			_, cmd := m.Update(k)
			if m.Exit() != "" {
				t.Fatalf("%s: %s quit the kiosk", where, k)
			}
			for _, msg := range collect(cmd) {
				switch msg.(type) {
				case tea.QuitMsg, tea.SuspendMsg, tea.InterruptMsg:
					t.Fatalf("%s: %s asked to %T", where, k, msg)
				}
				if name := fmt.Sprintf("%T", msg); strings.Contains(name, "exec") {
					t.Fatalf("%s: %s started a process (%s)", where, k, name)
				}
			}
		}
	}
	check("welcome")
	press(m, "enter")
	check("question 1")
	if m.Screen() == "welcome" { // esc goes back from the first question, as everywhere
		press(m, "enter")
	}
	answerBy(m, "1 1 1 1 1 0 2 1 1 1 1")
	check("results")
	if m.Screen() != "results" {
		t.Fatalf("the escape keys moved the results to screen %s", m.Screen())
	}
}

// collect runs cmd and returns every message it produces, without
// waiting on timers.
func collect(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	msg := cmd()
	if b, ok := msg.(tea.BatchMsg); ok {
		var out []tea.Msg
		for _, c := range b {
			out = append(out, collect(c)...)
		}
		return out
	}
	return []tea.Msg{msg}
}

func TestKioskFilter(t *testing.T) {
	m := newKiosk(t, 80, 24)
	for _, msg := range []tea.Msg{tea.QuitMsg{}, tea.SuspendMsg{}, tea.InterruptMsg{}} {
		if KioskFilter(m, msg) != nil {
			t.Fatalf("%T passed the kiosk filter", msg)
		}
	}
	if KioskFilter(m, keyMsg("a")) == nil {
		t.Fatal("the filter dropped an ordinary key")
	}
	m.Update(tea.KeyMsg{Type: tea.KeyCtrlX})
	m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(testPIN)})
	m.Update(keyMsg("enter"))
	if !m.StaffExit() || KioskFilter(m, tea.QuitMsg{}) == nil {
		t.Fatal("the filter kept staff from quitting")
	}
}

func TestStaffPIN(t *testing.T) {
	clk := newFakeClock()
	m := newKioskSharing(t, NewPINLock(PINLockOptions{Now: clk.Now}), "")
	press(m, "enter")
	if strings.Contains(m.View(), "ctrl+x") {
		t.Fatal("the staff key is shown on screen")
	}
	m.Update(tea.KeyMsg{Type: tea.KeyCtrlX})
	if m.Screen() != "pin" {
		t.Fatalf("ctrl+x: screen %s, want the PIN prompt", m.Screen())
	}
	typePIN := func(pin string) {
		m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(pin)})
		if strings.Contains(m.View(), pin) {
			t.Fatalf("the PIN is shown as typed:\n%s", m.View())
		}
		press(m, "enter")
	}
	typePIN("1111")
	if (m.Exit() != "") || !strings.Contains(m.View(), "Wrong PIN (1 of 3") {
		t.Fatalf("wrong PIN: quitting %v\n%s", (m.Exit() != ""), m.View())
	}
	press(m, "esc")
	if m.Screen() != "question" {
		t.Fatalf("esc from the PIN prompt: screen %s, want the question", m.Screen())
	}
	m.Update(tea.KeyMsg{Type: tea.KeyCtrlX})
	typePIN("2222")
	typePIN("3333")
	if !strings.Contains(m.View(), "Locked: try again in 1m0s") {
		t.Fatalf("no lock after three wrong PINs:\n%s", m.View())
	}
	typePIN(testPIN) // locked: even the right PIN does nothing
	if m.Exit() != "" {
		t.Fatal("the right PIN worked while locked")
	}
	clk.Add(LockFor)
	typePIN(testPIN)
	if !(m.Exit() != "") || !m.StaffExit() {
		t.Fatal("the right PIN did not end the kiosk after the lock")
	}
}

func TestPINCompare(t *testing.T) {
	for _, tt := range []struct {
		got, want string
		ok        bool
	}{{"2468", "2468", true}, {"2469", "2468", false}, {"246", "2468", false}, {"", "", false}, {"24680", "2468", false}} {
		if pinMatches(tt.got, tt.want) != tt.ok {
			t.Errorf("pinMatches(%q, %q) = %v", tt.got, tt.want, !tt.ok)
		}
	}
}

// TestKioskProgramSurvivesEscapes runs a real program with the kiosk's
// filter: every escape key and quit or suspend message leaves it running,
// and only the staff PIN ends it.
func TestKioskProgramSurvivesEscapes(t *testing.T) {
	m := New(defaultRulebook(t), plainStyles(t), Config{Kiosk: true, StaffPIN: testPIN, Idle: time.Hour})
	p := tea.NewProgram(m, tea.WithInput(nil), tea.WithOutput(new(strings.Builder)), tea.WithoutSignalHandler(), tea.WithFilter(KioskFilter))
	done := make(chan tea.Model, 1)
	go func() {
		final, _ := p.Run()
		done <- final
	}()
	p.Send(tea.WindowSizeMsg{Width: 80, Height: 24})
	for _, msg := range []tea.Msg{
		tea.KeyMsg{Type: tea.KeyCtrlC}, tea.KeyMsg{Type: tea.KeyCtrlZ}, tea.KeyMsg{Type: tea.KeyCtrlBackslash},
		tea.KeyMsg{Type: tea.KeyCtrlD}, tea.KeyMsg{Type: tea.KeyEsc}, keyMsg("q"), tea.KeyMsg{Type: tea.KeyCtrlE},
		tea.QuitMsg{}, tea.SuspendMsg{}, tea.InterruptMsg{},
	} {
		p.Send(msg)
	}
	select {
	case <-done:
		t.Fatal("the kiosk ended on an escape key or message")
	case <-time.After(300 * time.Millisecond):
	}
	p.Send(tea.KeyMsg{Type: tea.KeyCtrlX})
	p.Send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(testPIN)})
	p.Send(tea.KeyMsg{Type: tea.KeyEnter})
	select {
	case final := <-done:
		if !final.(*Model).StaffExit() {
			t.Fatal("the kiosk ended without the staff PIN")
		}
	case <-time.After(5 * time.Second):
		p.Kill()
		t.Fatal("the staff PIN did not end the kiosk")
	}
}

func TestClosingCountsDown(t *testing.T) {
	m := newSized(t, 80, 24)
	start := time.Unix(2_000_000, 0)
	_, cmd := m.Update(ClosingMsg{At: start, In: 30 * time.Second})
	if cmd == nil || !strings.Contains(m.View(), "closing in 30 seconds") {
		t.Fatalf("no closing notice, or no clock to count it down:\n%s", m.View())
	}
	m.Update(tickMsg(start.Add(12 * time.Second)))
	if !strings.Contains(m.View(), "closing in 18 seconds") {
		t.Fatalf("the notice did not count down:\n%s", m.View())
	}
	checkFits(t, "closing notice", m.View(), 80, 24)
	_, cmd = m.Update(EndMsg{})
	if !(m.Exit() != "") || cmd == nil {
		t.Fatal("EndMsg did not end the quiz")
	}
	k := newKiosk(t, 80, 24)
	k.Update(EndMsg{})
	if KioskFilter(k, tea.QuitMsg{}) == nil {
		t.Fatal("the kiosk filter kept the server from ending a session")
	}
}

// TestWipeHidesFullHelp: the full help one client opened is closed for
// the next, whichever way the screen is wiped.
func TestWipeHidesFullHelp(t *testing.T) {
	fresh := newKiosk(t, 80, 24).View()
	for name, wipe := range map[string]func(*Model){
		"finish": func(m *Model) { press(m, "f", "y") },
		"idle wipe": func(m *Model) {
			start := time.Unix(1_000_000, 0) // newKiosk's clock: no tick since
			m.Update(tickMsg(start.Add(2 * time.Minute)))
			m.Update(tickMsg(start.Add(2*time.Minute + CountdownFor)))
		},
	} {
		t.Run(name, func(t *testing.T) {
			m := newKiosk(t, 80, 24)
			answerAll(t, m, setA)
			short := m.View()
			press(m, "?")
			if m.View() == short {
				t.Fatal("? did not open the full help")
			}
			wipe(m)
			if v := m.View(); v != fresh {
				t.Fatalf("the wiped welcome differs from a fresh one:\n%s\nwant:\n%s", v, fresh)
			}
			press(m, "enter")
			if v := m.View(); strings.Contains(v, "pick by number") {
				t.Fatalf("the next client's first question shows the full help:\n%s", v)
			}
		})
	}
}
