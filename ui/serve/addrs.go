package serve

import (
	"sync"

	lru "github.com/hashicorp/golang-lru/v2"
	"golang.org/x/time/rate"
)

// addrs keeps each client address's open connections, running quizzes and
// rate of new connections, so one address cannot take every seat.
type addrs struct {
	mu       sync.Mutex
	conns    map[string]int
	sessions map[string]int
	// limiters holds a token bucket per address, the least recently seen
	// forgotten first.
	limiters *lru.Cache[string, *rate.Limiter]
	burst    int
	every    rate.Limit
}

func newAddrs(l Limits) *addrs {
	cache, _ := lru.New[string, *rate.Limiter](4096) // only fails for a size below 1
	return &addrs{conns: map[string]int{}, sessions: map[string]int{}, limiters: cache, burst: l.ConnBurst, every: rate.Limit(l.ConnRate)}
}

// allowRate takes a token for a new connection from host.
func (a *addrs) allowRate(host string) bool {
	if a.burst <= 0 {
		return true
	}
	a.mu.Lock()
	lim, ok := a.limiters.Get(host)
	if !ok {
		lim = rate.NewLimiter(a.every, a.burst)
		a.limiters.Add(host, lim)
	}
	a.mu.Unlock()
	return lim.Allow()
}

// openConn counts a connection from host unless it already holds max.
func (a *addrs) openConn(host string, max int) bool {
	return a.take(a.conns, host, max)
}

func (a *addrs) closeConn(host string) { a.give(a.conns, host) }

// openSession counts a quiz from host unless it already runs max.
func (a *addrs) openSession(host string, max int) bool {
	return a.take(a.sessions, host, max)
}

func (a *addrs) closeSession(host string) { a.give(a.sessions, host) }

func (a *addrs) take(m map[string]int, host string, max int) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	if max > 0 && m[host] >= max {
		return false
	}
	m[host]++
	return true
}

func (a *addrs) give(m map[string]int, host string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if m[host] <= 1 {
		delete(m, host)
		return
	}
	m[host]--
}
