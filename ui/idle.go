package ui

import (
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

// IdleMsg tells a session that it will be closed In from At because no key
// has been pressed for a long while (the SSH server's --idle-timeout). The
// quiz says so in its header until the next key or tap, which keeps the
// session open; a zero In takes the notice away.
type IdleMsg struct {
	At time.Time
	In time.Duration
}

// onIdle shows or clears the idle notice.
func (m *Model) onIdle(msg IdleMsg) tea.Cmd {
	if msg.In <= 0 {
		m.idleAt = time.Time{}
		return nil
	}
	m.now, m.idleAt = msg.At, msg.At.Add(msg.In)
	if m.cfg.Kiosk || !m.closingAt.IsZero() {
		return nil // the clock is running already
	}
	return tick()
}

// notices are the lines under the header while the server is closing the
// session, or will for want of input.
func (m *Model) notices() []string {
	var out []string
	if !m.closingAt.IsZero() {
		left := int(max(m.closingAt.Sub(m.now), 0).Round(time.Second).Seconds())
		out = append(out, m.tr.N("kiosk.closing", left))
	}
	if !m.idleAt.IsZero() {
		left := int(max(m.idleAt.Sub(m.now), 0).Round(time.Second).Seconds())
		out = append(out, m.tr.N("kiosk.idle", left))
	}
	return out
}
