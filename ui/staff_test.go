package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

// enterPIN opens the staff prompt with ctrl+x and enters pin.
func enterPIN(m *Model, pin string) {
	m.Update(tea.KeyMsg{Type: tea.KeyCtrlX})
	m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(pin)})
	press(m, "enter")
}

// assertLocked checks that m's staff prompt shows the lock and that even
// the right PIN does not end the kiosk.
func assertLocked(t *testing.T, m *Model) {
	t.Helper()
	m.Update(tea.KeyMsg{Type: tea.KeyCtrlX})
	if v := m.View(); !strings.Contains(v, "Too many wrong PINs") {
		t.Fatalf("the staff prompt is not locked:\n%s", v)
	}
	enterPIN(m, testPIN)
	if m.StaffExit() {
		t.Fatal("the right PIN ended the kiosk while locked")
	}
}

// TestPINLockSurvivesTheClient locks the prompt, then does everything a
// customer at the tablet can do to get a fresh prompt.
func TestPINLockSurvivesTheClient(t *testing.T) {
	idle := func(m *Model) {
		start := time.Unix(1_000_000, 0) // newKiosk's clock: no tick since
		m.Update(tickMsg(start.Add(2 * time.Minute)))
		m.Update(tickMsg(start.Add(2*time.Minute + CountdownFor)))
		if !strings.Contains(m.View(), "Press enter to start") {
			t.Fatalf("no idle wipe:\n%s", m.View())
		}
	}
	for name, escape := range map[string]func(*Model){
		"ctrl+x again":   func(m *Model) { m.Update(tea.KeyMsg{Type: tea.KeyCtrlX}) },
		"esc":            func(m *Model) { press(m, "esc") },
		"esc, finish":    func(m *Model) { press(m, "esc", "f", "y") },
		"idle wipe":      idle,
		"esc, idle wipe": func(m *Model) { press(m, "esc"); idle(m) },
	} {
		t.Run(name, func(t *testing.T) {
			m := newKiosk(t, 80, 24)
			answerAll(t, m, setA)
			for range MaxPINTries {
				enterPIN(m, "1111")
			}
			escape(m)
			assertLocked(t, m)
		})
	}
}

// newKioskSharing returns a kiosk whose staff prompt counts on lock, as
// every session of one server does.
func newKioskSharing(t *testing.T, lock *PINLock, remote string) *Model {
	t.Helper()
	m := New(defaultRulebook(t), plainStyles(t), Config{Kiosk: true, StaffPIN: testPIN, Idle: 2 * time.Minute, PINLock: lock, RemoteAddr: remote})
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	m.Update(tickMsg(time.Unix(1_000_000, 0)))
	return m
}

// TestPINLockSharedBetweenSessions is the new connection: wrong PINs in
// one quiz lock the prompt of another that shares the lock, the lock
// backs off, and the right PIN works once it opens.
func TestPINLockSharedBetweenSessions(t *testing.T) {
	const remote = "192.0.2.9:40000"
	clk := newFakeClock()
	var logged []PINFailure
	lock := NewPINLock(PINLockOptions{Now: clk.Now, Log: func(f PINFailure) { logged = append(logged, f) }})
	first := newKioskSharing(t, lock, remote)
	for range MaxPINTries {
		enterPIN(first, "13579")
	}
	second := newKioskSharing(t, lock, remote)
	assertLocked(t, second)
	if v := second.View(); !strings.Contains(v, "try again in 1m0s") {
		t.Fatalf("the second session does not show how long the lock lasts:\n%s", v)
	}
	clk.Add(20 * time.Second)
	if v := second.View(); !strings.Contains(v, "try again in 40s") {
		t.Fatalf("the lock does not count down:\n%s", v)
	}
	clk.Add(40 * time.Second)
	for range MaxPINTries { // the next lock, from the second session
		enterPIN(second, "13579")
	}
	assertLocked(t, first)
	if v := first.View(); !strings.Contains(v, "try again in 2m0s") {
		t.Fatalf("the second lock does not last longer than the first:\n%s", v)
	}
	clk.Add(2 * time.Minute)
	enterPIN(first, testPIN)
	if !first.StaffExit() {
		t.Fatalf("the right PIN did not end the kiosk once the lock opened:\n%s", first.View())
	}
	if len(logged) != 2*MaxPINTries {
		t.Fatalf("%d log entries for %d wrong PINs", len(logged), 2*MaxPINTries)
	}
	text := fmt.Sprintf("%+v", logged)
	if strings.Contains(text, "13579") || strings.Contains(text, testPIN) || !strings.Contains(text, remote) {
		t.Fatalf("the log has a PIN, or not the client's address: %s", text)
	}
}
