package serve

import (
	"context"
	"errors"
	"net"
	"sync"
	"time"

	"github.com/charmbracelet/ssh"
)

// guardKey finds a connection's guard in its ssh.Context.
type guardKey struct{}

// errBudget ends a connection that sent more than it may before a quiz.
var errBudget = errors.New("sent too much before starting a quiz")

// connGuard wraps each raw connection before the SSH handshake. While no
// quiz runs on it, it counts the bytes the client sends against
// PreQuizBytes and closes the connection when HandshakeTimeout passes; it
// also counts the connection's env requests and session channels.
type connGuard struct {
	net.Conn
	s    *Server
	host string

	mu sync.Mutex
	// budget is the bytes the client may still send while no quiz runs;
	// it is refilled when a quiz ends.
	budget   int64
	quizzes  int // quizzes running
	channels int // session channels open
	envCount int
	envBytes int
	timer    *time.Timer
	closed   bool
}

// onConn is the server's ConnCallback: it turns away addresses over their
// rate or connection cap and guards every other connection.
func (s *Server) onConn(ctx ssh.Context, c net.Conn) net.Conn {
	host := hostOf(c.RemoteAddr())
	if !s.addrs.allowRate(host) {
		s.refusals.warn("refused", "too many new connections from this address", host)
		return nil
	}
	if !s.addrs.openConn(host, s.cfg.Limits.ConnsPerAddress) {
		s.refusals.warn("refused", "too many open connections from this address", host)
		return nil
	}
	g := &connGuard{Conn: c, s: s, host: host, budget: s.cfg.Limits.PreQuizBytes}
	g.mu.Lock() // expire may run before the assignment is seen otherwise
	g.timer = time.AfterFunc(s.cfg.Limits.HandshakeTimeout, g.expire)
	g.mu.Unlock()
	ctx.SetValue(guardKey{}, g)
	s.trackConn(g, true)
	return g
}

// Read counts what the client sends while no quiz runs.
func (g *connGuard) Read(p []byte) (int, error) {
	n, err := g.Conn.Read(p)
	if n > 0 {
		g.mu.Lock()
		over := false
		if g.quizzes == 0 {
			g.budget -= int64(n)
			over = g.budget < 0
		}
		g.mu.Unlock()
		if over {
			g.closeFor("sent more than the pre-quiz budget")
			return 0, errBudget
		}
	}
	return n, err
}

// Close closes the connection once, freeing its place in the address's
// count.
func (g *connGuard) Close() error {
	_, err := g.close()
	return err
}

// close closes the connection unless it is closed already, and reports
// whether this call closed it.
func (g *connGuard) close() (bool, error) {
	g.mu.Lock()
	if g.closed {
		g.mu.Unlock()
		return false, nil
	}
	g.closed = true
	g.timer.Stop()
	g.mu.Unlock()
	g.s.addrs.closeConn(g.host)
	g.s.trackConn(g, false)
	return true, g.Conn.Close()
}

// closeFor closes the connection and, if this closed it, logs why.
func (g *connGuard) closeFor(reason string) {
	if closed, _ := g.close(); closed {
		g.s.refusals.warn("closed", reason, g.host)
	}
}

// expire closes the connection when no quiz runs on it when the
// handshake deadline passes.
func (g *connGuard) expire() {
	g.mu.Lock()
	idle := g.quizzes == 0 && !g.closed
	g.mu.Unlock()
	if idle {
		g.closeFor("no quiz started within the handshake timeout")
	}
}

// quizStarted stops the handshake clock and the byte budget while a quiz
// runs; the returned func restarts both when it ends.
func (g *connGuard) quizStarted() (ended func()) {
	g.mu.Lock()
	g.quizzes++
	g.timer.Stop()
	g.mu.Unlock()
	return func() {
		g.mu.Lock()
		defer g.mu.Unlock()
		g.quizzes--
		if g.quizzes == 0 && !g.closed {
			g.budget = g.s.cfg.Limits.PreQuizBytes
			g.timer.Reset(g.s.cfg.Limits.HandshakeTimeout)
		}
	}
}

// allowEnv counts an env request of n bytes against the connection's caps.
func (g *connGuard) allowEnv(n int) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	l := g.s.cfg.Limits
	if g.envCount >= l.EnvCount || g.envBytes+n > l.EnvBytes {
		return false
	}
	g.envCount++
	g.envBytes += n
	return true
}

// openChannel takes a session channel if the connection has one free.
func (g *connGuard) openChannel() bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.channels >= g.s.cfg.Limits.ChannelsPerConn {
		return false
	}
	g.channels++
	return true
}

func (g *connGuard) closeChannel() {
	g.mu.Lock()
	g.channels--
	g.mu.Unlock()
}

// guardOf is the guard of a session's connection, or nil.
func guardOf(ctx context.Context) *connGuard {
	g, _ := ctx.Value(guardKey{}).(*connGuard)
	return g
}

// hostOf is the address a client's limits are counted by: its IPv4
// address, or the /64 network of its IPv6 address (one host may use a whole
// /64, so counting each address would let it past every limit).
func hostOf(addr net.Addr) string {
	var ip net.IP
	if tcp, ok := addr.(*net.TCPAddr); ok {
		ip = tcp.IP
	} else if host, _, err := net.SplitHostPort(addr.String()); err == nil {
		ip = net.ParseIP(host)
	}
	if ip == nil {
		return addr.String()
	}
	if v4 := ip.To4(); v4 != nil {
		return v4.String()
	}
	return (&net.IPNet{IP: ip.Mask(net.CIDRMask(64, 128)), Mask: net.CIDRMask(64, 128)}).String()
}
