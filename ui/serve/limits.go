package serve

import (
	"cmp"
	"time"
)

// Limits bound what one client, or one address, may cost the server. A
// shop's server is reachable by anyone on its network (no key is needed
// unless --authorized-keys is set), so every budget is counted before the
// work it pays for, not after. A zero field takes DefaultLimits' value; a
// negative IdleTimeout, ConnBurst, SessionsPerAddress or ConnsPerAddress
// turns that limit off.
type Limits struct {
	// HandshakeTimeout is how long a connection may go without a quiz
	// running: to finish the handshake and start one, and again after a
	// quiz ends. Then it is closed.
	HandshakeTimeout time.Duration
	// IdleTimeout closes a quiz after this long without a key or a tap,
	// IdleWarning after telling the person so.
	IdleTimeout time.Duration
	// IdleWarning is how long before the idle close the notice shows.
	IdleWarning time.Duration
	// MaxAuthTries is how many authentication attempts a connection gets.
	MaxAuthTries int
	// SessionsPerAddress is how many quizzes one IP address may run at
	// once; ConnsPerAddress how many connections it may hold open,
	// handshakes included.
	SessionsPerAddress int
	ConnsPerAddress    int
	// ConnBurst connections from one address are let in at once, then
	// ConnRate a second.
	ConnBurst int
	ConnRate  float64
	// PreQuizBytes is how many bytes a connection may send while no quiz
	// runs on it: the handshake, authentication, env and pty requests.
	PreQuizBytes int64
	// EnvCount and EnvBytes cap the env requests a connection may make.
	EnvCount int
	EnvBytes int
	// ChannelsPerConn is how many session channels a connection may hold
	// open at once: one quiz, and room for a refused one a client has not
	// closed yet.
	ChannelsPerConn int
	// PasteBytes is the most of one bracketed paste passed on to the quiz;
	// the rest is dropped unread by the quiz, so a paste with no end costs
	// time in proportion to its length, not its square.
	PasteBytes int
}

// DefaultLimits are the limits unless told otherwise. Sessions per address
// leave room for a shop's tablets behind one NAT; the connection burst lets
// all of them reconnect at once after a restart.
func DefaultLimits() Limits {
	return Limits{
		HandshakeTimeout:   20 * time.Second,
		IdleTimeout:        30 * time.Minute,
		IdleWarning:        time.Minute,
		MaxAuthTries:       6,
		SessionsPerAddress: 10,
		ConnsPerAddress:    20,
		ConnBurst:          20,
		ConnRate:           1,
		PreQuizBytes:       64 << 10,
		EnvCount:           32,
		EnvBytes:           8 << 10,
		ChannelsPerConn:    2,
		PasteBytes:         4 << 10,
	}
}

// withDefaults fills each zero field from DefaultLimits.
func (l Limits) withDefaults() Limits {
	d := DefaultLimits()
	l.HandshakeTimeout = cmp.Or(l.HandshakeTimeout, d.HandshakeTimeout)
	l.IdleTimeout = cmp.Or(l.IdleTimeout, d.IdleTimeout)
	l.IdleWarning = cmp.Or(l.IdleWarning, d.IdleWarning)
	l.MaxAuthTries = cmp.Or(l.MaxAuthTries, d.MaxAuthTries)
	l.SessionsPerAddress = cmp.Or(l.SessionsPerAddress, d.SessionsPerAddress)
	l.ConnsPerAddress = cmp.Or(l.ConnsPerAddress, d.ConnsPerAddress)
	l.ConnBurst = cmp.Or(l.ConnBurst, d.ConnBurst)
	l.ConnRate = cmp.Or(l.ConnRate, d.ConnRate)
	l.PreQuizBytes = cmp.Or(l.PreQuizBytes, d.PreQuizBytes)
	l.EnvCount = cmp.Or(l.EnvCount, d.EnvCount)
	l.EnvBytes = cmp.Or(l.EnvBytes, d.EnvBytes)
	l.ChannelsPerConn = cmp.Or(l.ChannelsPerConn, d.ChannelsPerConn)
	l.PasteBytes = cmp.Or(l.PasteBytes, d.PasteBytes)
	return l
}
