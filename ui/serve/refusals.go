package serve

import (
	"fmt"
	"net"
	"sync"
	"time"

	"github.com/charmbracelet/log"
	lru "github.com/hashicorp/golang-lru/v2"
)

// refusalLog logs what the server refused or closed for one address and
// reason at most once an interval, with how many it left out since, so a
// flood of connections cannot flood the log too.
type refusalLog struct {
	logger *log.Logger
	every  time.Duration
	now    func() time.Time

	mu   sync.Mutex
	seen *lru.Cache[refusalKey, *refusalCount]
}

type refusalKey struct{ msg, reason, host string }

type refusalCount struct {
	last    time.Time
	skipped int
}

func newRefusalLog(logger *log.Logger, every time.Duration) *refusalLog {
	seen, _ := lru.New[refusalKey, *refusalCount](4096) // only fails for a size below 1
	return &refusalLog{logger: logger, every: every, now: time.Now, seen: seen}
}

// warn logs msg for host and reason, unless it did within the interval.
func (r *refusalLog) warn(msg, reason, host string) {
	k := refusalKey{msg, reason, host}
	now := r.now()
	r.mu.Lock()
	c, ok := r.seen.Get(k)
	if ok && now.Sub(c.last) < r.every {
		c.skipped++
		r.mu.Unlock()
		return
	}
	skipped := 0
	if ok {
		skipped = c.skipped
	}
	r.seen.Add(k, &refusalCount{last: now})
	r.mu.Unlock()
	if skipped > 0 {
		r.logger.Warn(msg, "reason", reason, "remote-addr", host, "more_since_last_line", skipped)
		return
	}
	r.logger.Warn(msg, "reason", reason, "remote-addr", host)
}

// refusalText is what a client that asked for a command or a subsystem is
// told: how to connect to the quiz instead, on the address it reached.
func refusalText(local net.Addr) string {
	host, port := "HOST", "PORT"
	if h, p, err := net.SplitHostPort(local.String()); err == nil {
		host, port = h, p
	}
	return fmt.Sprintf("jewelquiz serves only the quiz: connect with ssh -t %s -p %s", host, port)
}
