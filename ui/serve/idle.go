package serve

import (
	"context"
	"sync/atomic"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/jewelquiz/jewelquiz/ui"
)

// idleClock is when a session last received input, for its idle timeout.
type idleClock struct {
	last atomic.Int64 // unix nanoseconds
	// closed is set when the session was closed for being idle.
	closed atomic.Bool
}

func newIdleClock() *idleClock {
	c := &idleClock{}
	c.touch()
	return c
}

// touch notes input now.
func (c *idleClock) touch() { c.last.Store(time.Now().UnixNano()) }

func (c *idleClock) idleFor(now time.Time) time.Duration {
	return now.Sub(time.Unix(0, c.last.Load()))
}

// idleTimeout is how long a session may go without input: the configured
// timeout, but in a kiosk never before its own idle wipe has cleared the
// screen and warned, so a disconnect always comes after the wipe.
func (s *Server) idleTimeout() (timeout, warn time.Duration) {
	l := s.cfg.Limits
	if l.IdleTimeout <= 0 {
		return 0, 0
	}
	timeout = l.IdleTimeout
	warn = min(l.IdleWarning, timeout/2)
	if s.cfg.Kiosk && s.cfg.Idle > 0 {
		timeout = max(timeout, s.cfg.Idle+ui.CountdownFor+warn+time.Second)
	}
	return timeout, warn
}

// watchIdle tells the session it will close warn before timeout passes
// without input, takes the notice away when input comes, and ends the
// session when timeout passes. It returns when ctx ends.
func (s *Server) watchIdle(ctx context.Context, p *tea.Program, c *idleClock, end func()) {
	timeout, warn := s.idleTimeout()
	if timeout <= 0 {
		return
	}
	warned := false
	t := time.NewTimer(timeout - warn)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		now := time.Now()
		idle := c.idleFor(now)
		switch {
		case idle >= timeout:
			c.closed.Store(true)
			end()
			return
		case idle >= timeout-warn:
			if !warned {
				p.Send(ui.IdleMsg{At: now, In: timeout - idle})
				warned = true
			}
			t.Reset(timeout - idle)
		default:
			if warned {
				p.Send(ui.IdleMsg{}) // input that was no key, such as a tap's release
				warned = false
			}
			t.Reset(timeout - warn - idle)
		}
	}
}
