package ui

import (
	"fmt"
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
		out = append(out, fmt.Sprintf("This quiz is closing in %d seconds. Please finish what you are doing.", left))
	}
	if !m.idleAt.IsZero() {
		left := int(max(m.idleAt.Sub(m.now), 0).Round(time.Second).Seconds())
		unit := "seconds"
		if left == 1 {
			unit = "second"
		}
		out = append(out, fmt.Sprintf("No key pressed for a long while: this session closes in %d %s. Press any key to stay.", left, unit))
	}
	return out
}
