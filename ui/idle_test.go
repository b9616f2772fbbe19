package ui

import (
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

// The server's idle notice shows in the header with its countdown, keeps
// counting on the quiz's clock, and the next key takes it away.
func TestIdleNotice(t *testing.T) {
	for _, kiosk := range []bool{false, true} {
		m := New(defaultRulebook(t), plainStyles(t), Config{Kiosk: kiosk, Idle: time.Hour})
		m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
		at := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
		_, cmd := m.Update(IdleMsg{At: at, In: time.Minute})
		if !kiosk && cmd == nil {
			t.Errorf("kiosk=%v: no clock started for the countdown", kiosk)
		}
		if v := m.View(); !strings.Contains(v, "closes in 60 seconds") {
			t.Fatalf("kiosk=%v: no idle notice:\n%s", kiosk, v)
		}
		m.Update(tickMsg(at.Add(45 * time.Second)))
		if v := m.View(); !strings.Contains(v, "closes in 15 seconds") {
			t.Fatalf("kiosk=%v: the countdown did not move:\n%s", kiosk, v)
		}
		press(m, "down")
		if v := m.View(); strings.Contains(v, "closes in") {
			t.Fatalf("kiosk=%v: a key left the notice:\n%s", kiosk, v)
		}
		m.Update(IdleMsg{At: at, In: time.Minute})
		m.Update(IdleMsg{})
		if v := m.View(); strings.Contains(v, "closes in") {
			t.Fatalf("kiosk=%v: a zero IdleMsg left the notice:\n%s", kiosk, v)
		}
	}
}
